import { DomainError } from '@carelevel/contract';
import * as oauth from 'oauth4webapi';
import { FHIR_BASE_PATH } from '../fhir/fhir-codes.js';
import { fhirUserKey, issuerKey } from './fhir-user.js';
import { discover, httpOptions } from './smart-client.js';
import type { SmartOptions, SmartRecord } from './smart-records.js';

/**
 * carelevel's /fhir/R4 as a SMART-protected resource server: it accepts access tokens that a registered
 * record's authorization server issued for it, as JWTs (RFC 9068) checked by oauth4webapi against that
 * server's published keys — signature, `typ: at+jwt`, issuer, audience `{publicUrl}/fhir/R4`, expiry.
 * Only records the operator marked `fhirApiTokens` are trusted; their metadata is discovered from the
 * record's `.well-known/smart-configuration` and kept for an hour.
 */
export interface FhirApiTokenGrant {
  /** The record (issuer key) whose account links name the token's user. */
  readonly iss: string;
  readonly fhirUser: string;
  readonly scope: string;
}

export interface AccessTokenVerifier {
  /** The audience tokens must be issued for. */
  readonly audience: string;
  /** The grant a SMART access token carries, or undefined when the bearer token is not a JWT (an API token). */
  verify(authorization: string, requestUrl: string): Promise<FhirApiTokenGrant | undefined>;
  /** The first trusting record's authorization server, for /fhir/R4/.well-known/smart-configuration. */
  authorizationServer(): Promise<oauth.AuthorizationServer | undefined>;
}

const KEEP_METADATA_MS = 60 * 60 * 1000;
const JWT = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i;

const refused = (message: string): DomainError => new DomainError('unauthenticated', [{ path: ['headers', 'authorization'], message }]);

/** The `iss` a JWT claims, read before its signature is checked only to choose whose keys check it. */
function claimedIssuer(jwt: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: unknown };
    return typeof payload.iss === 'string' ? payload.iss : undefined;
  } catch {
    return undefined;
  }
}

export function accessTokenVerifier(smart: SmartOptions | undefined): AccessTokenVerifier | undefined {
  const trusting = (smart?.records ?? []).filter((r) => r.fhirApiTokens === true);
  if (!smart || trusting.length === 0) return undefined;
  const audience = `${smart.publicUrl.replace(/\/+$/, '')}${FHIR_BASE_PATH}`;
  // One AuthorizationServer object per record and hour: oauth4webapi caches the server's keys on it.
  const known = new Map<SmartRecord, { as: oauth.AuthorizationServer; until: number }>();

  async function serverOf(record: SmartRecord): Promise<oauth.AuthorizationServer | undefined> {
    const kept = known.get(record);
    if (kept && kept.until > Date.now()) return kept.as;
    try {
      const as = await discover(record.iss);
      known.set(record, { as, until: Date.now() + KEEP_METADATA_MS });
      return as;
    } catch {
      return kept?.as;
    }
  }

  return {
    audience,
    authorizationServer: async () => (trusting[0] ? serverOf(trusting[0]) : undefined),
    async verify(authorization, requestUrl) {
      const jwt = JWT.exec(authorization)?.[1];
      if (!jwt) return undefined;
      const iss = claimedIssuer(jwt);
      let match: { record: SmartRecord; as: oauth.AuthorizationServer } | undefined;
      for (const record of trusting) {
        const as = await serverOf(record);
        if (as && iss !== undefined && as.issuer === iss) match = { record, as };
      }
      if (!match) throw refused('is not an access token from the authorization server of a record carelevel trusts');
      let claims: oauth.JWTAccessTokenClaims;
      try {
        claims = await oauth.validateJwtAccessToken(
          match.as,
          new Request(requestUrl, { headers: { authorization } }),
          audience,
          httpOptions(new URL(match.as.jwks_uri ?? '')),
        );
      } catch (e) {
        // oauth4webapi names the check that failed (signature, aud, exp, typ…); its code, never the token.
        const code = e instanceof Error && 'code' in e ? String(e.code) : 'failed';
        throw refused(`is not a valid SMART access token for ${audience} (${code})`);
      }
      const recordIss = issuerKey(match.record.iss);
      const user = fhirUserKey(recordIss, claims.fhirUser);
      if (!user.ok) throw refused('must carry a fhirUser claim naming the record user (such as Practitioner/7)');
      return { iss: recordIss, fhirUser: user.key, scope: typeof claims.scope === 'string' ? claims.scope : '' };
    },
  };
}
