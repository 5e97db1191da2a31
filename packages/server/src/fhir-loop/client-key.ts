import { createHash, webcrypto } from 'node:crypto';

/**
 * carelevel's signing key for one program's authorization server (SMART Backend Services asks for
 * ES384 or RS384; ES384 here): made on the server, its private half kept in the database beside the
 * endpoint (as the bearer token is), its public half shown to the administrator to register there.
 */
export interface ClientKey {
  readonly privateJwk: webcrypto.JsonWebKey & { kid: string };
}

export interface PublicJwk {
  readonly kty: string;
  readonly crv: string;
  readonly x: string;
  readonly y: string;
  readonly kid: string;
  readonly alg: string;
  readonly use: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-384' } as const;

/** RFC 7638 thumbprint, so the key id follows from the key and two keys never share one. */
const thumbprint = (jwk: webcrypto.JsonWebKey): string =>
  createHash('sha256')
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
    .digest('base64url');

export async function newClientKey(): Promise<ClientKey> {
  const pair = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  return { privateJwk: { ...jwk, kid: thumbprint(jwk) } };
}

/** The half the program's server registers: never `d`. */
export function publicJwk(privateJwk: webcrypto.JsonWebKey & { kid: string }): PublicJwk {
  return {
    kty: privateJwk.kty ?? 'EC',
    crv: privateJwk.crv ?? 'P-384',
    x: privateJwk.x ?? '',
    y: privateJwk.y ?? '',
    kid: privateJwk.kid,
    alg: 'ES384',
    use: 'sig',
  };
}

export async function signingKey(privateJwk: webcrypto.JsonWebKey & { kid: string }): Promise<{ key: webcrypto.CryptoKey; kid: string }> {
  const key = await webcrypto.subtle.importKey('jwk', privateJwk, ALGORITHM, false, ['sign']);
  return { key, kid: privateJwk.kid };
}
