// Test support: a health record a SMART app launches from, for real — Medplum's FHIR router over its
// in-memory repository, and a small OAuth 2 / OpenID Connect authorization server that auto-approves
// (no consent screen), checks PKCE (S256), and issues RS256 id_tokens (jose) with the launch context
// (`patient`, `fhirUser`), all behind one node:http server on loopback.
import { FhirRouter, MemoryRepository, type HttpMethod } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { indexDefinitions, readBody } from './medplum-memory.js';

const random = (): string => randomBytes(24).toString('base64url');
const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export interface SmartRecordServer {
  /** The FHIR base, sent as `iss`. */
  readonly iss: string;
  readonly clientId: string;
  /** Start a launch in the record: the `launch` value for the app's launch URL. */
  launch(context: { patient: string; fhirUser: string }): string;
  /** Store a resource in the record (as the record itself would). */
  create<T extends Resource>(resource: T): Promise<T>;
  search<T extends Resource>(type: string, query: Record<string, string>): Promise<T[]>;
  /**
   * An access token for another resource server (RFC 9068 JWT, `typ: at+jwt`), as the record's
   * authorization server would issue one to an app that asked for `aud`; `forged` signs with a key the
   * server does not publish, `expired` makes one that ran out a minute ago.
   */
  accessToken(claims: {
    aud: string;
    fhirUser?: string;
    scope: string;
    forged?: boolean;
    expired?: boolean;
    typ?: string;
  }): Promise<string>;
  /** Change what the next id_token says (wrong aud or nonce), for tests of refusals. */
  tamper: { aud?: string; nonce?: string; scope?: string; refuseWrites?: boolean };
  /** Token requests refused for a wrong PKCE verifier, and every one made. */
  readonly tokenRequests: { pkce: 'ok' | 'wrong' }[];
  close(): Promise<void>;
}

interface PendingCode {
  readonly challenge: string;
  readonly nonce: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly context: { patient: string; fhirUser: string };
}

export async function startSmartRecord(options: { clientId?: string } = {}): Promise<SmartRecordServer> {
  indexDefinitions();
  const clientId = options.clientId ?? 'carelevel-test';
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const unpublished = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const launches = new Map<string, { patient: string; fhirUser: string }>();
  const codes = new Map<string, PendingCode>();
  const tokens = new Set<string>();
  const tokenRequests: { pkce: 'ok' | 'wrong' }[] = [];
  const tamper: SmartRecordServer['tamper'] = {};
  let base = '';

  const send = (res: ServerResponse, code: number, body: unknown, type = 'application/json'): void => {
    res.writeHead(code, { 'content-type': type });
    res.end(JSON.stringify(body));
  };

  const authorize = (res: ServerResponse, q: URLSearchParams): void => {
    const context = launches.get(q.get('launch') ?? '');
    const redirect = q.get('redirect_uri') ?? '';
    const ok =
      q.get('response_type') === 'code' &&
      q.get('client_id') === clientId &&
      q.get('aud') === `${base}/fhir` &&
      q.get('code_challenge_method') === 'S256' &&
      Boolean(q.get('code_challenge')) &&
      Boolean(q.get('nonce')) &&
      context !== undefined;
    if (!ok || !context) {
      send(res, 400, { error: 'invalid_request' });
      return;
    }
    const code = random();
    codes.set(code, {
      challenge: q.get('code_challenge') ?? '',
      nonce: q.get('nonce') ?? '',
      redirectUri: redirect,
      scope: q.get('scope') ?? '',
      context,
    });
    // The consent screen is skipped: the user approves everything asked for.
    const to = new URL(redirect);
    to.searchParams.set('code', code);
    to.searchParams.set('state', q.get('state') ?? '');
    res.writeHead(302, { location: to.toString() });
    res.end();
  };

  const token = async (res: ServerResponse, form: URLSearchParams): Promise<void> => {
    const pending = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    if (!pending || form.get('grant_type') !== 'authorization_code' || form.get('redirect_uri') !== pending.redirectUri) {
      send(res, 400, { error: 'invalid_grant' });
      return;
    }
    const pkce = s256(form.get('code_verifier') ?? '') === pending.challenge ? 'ok' : 'wrong';
    tokenRequests.push({ pkce });
    if (pkce === 'wrong') {
      send(res, 400, { error: 'invalid_grant', error_description: 'PKCE verifier does not match' });
      return;
    }
    const accessToken = random();
    tokens.add(accessToken);
    const claims: JWTPayload = { fhirUser: pending.context.fhirUser, nonce: tamper.nonce ?? pending.nonce };
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(`${base}/auth`)
      .setSubject(pending.context.fhirUser)
      .setAudience(tamper.aud ?? clientId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    send(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 3600,
      scope: tamper.scope ?? pending.scope,
      patient: pending.context.patient,
      id_token: idToken,
    });
  };

  const fhir = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> => {
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth || !tokens.has(auth)) {
      send(res, 401, { resourceType: 'OperationOutcome', issue: [] }, 'application/fhir+json');
      return;
    }
    if (req.method === 'POST' && tamper.refuseWrites === true) {
      send(
        res,
        503,
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'down' }] },
        'application/fhir+json',
      );
      return;
    }
    const text = await readBody(req);
    const body = text ? (JSON.parse(text) as Resource) : undefined;
    const [outcome, resource] = await router.handleRequest(
      {
        method: (req.method ?? 'GET') as HttpMethod,
        url: path,
        pathname: '',
        body,
        params: {},
        query: Object.fromEntries(query),
        config: {},
      },
      repo,
    );
    const code = outcome.id === 'created' ? 201 : outcome.issue?.[0]?.severity === 'error' ? 400 : 200;
    send(res, code, resource ?? outcome, 'application/fhir+json');
  };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    const p = url.pathname;
    if (p === '/fhir/.well-known/smart-configuration') {
      send(res, 200, {
        issuer: `${base}/auth`,
        authorization_endpoint: `${base}/auth/authorize`,
        token_endpoint: `${base}/auth/token`,
        jwks_uri: `${base}/auth/jwks`,
        grant_types_supported: ['authorization_code'],
        code_challenge_methods_supported: ['S256'],
        scopes_supported: ['openid', 'fhirUser', 'launch', 'patient/*.rs', 'patient/Observation.c'],
        capabilities: ['launch-ehr', 'client-public', 'context-ehr-patient', 'sso-openid-connect', 'permission-v2'],
      });
    } else if (p === '/auth/jwks') send(res, 200, { keys: [jwk] });
    else if (p === '/auth/authorize' && req.method === 'GET') authorize(res, url.searchParams);
    else if (p === '/auth/token' && req.method === 'POST') await token(res, new URLSearchParams(await readBody(req)));
    else if (p.startsWith('/fhir/')) await fhir(req, res, p.slice('/fhir/'.length), url.searchParams);
    else send(res, 404, { error: 'not_found' });
  };

  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      send(res, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    iss: `${base}/fhir`,
    clientId,
    launch(context) {
      const id = random();
      launches.set(id, context);
      return id;
    },
    async accessToken({ aud, fhirUser, scope, forged = false, expired = false, typ = 'at+jwt' }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ scope, client_id: 'some-smart-app', ...(fhirUser ? { fhirUser } : {}) })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ })
        .setIssuer(`${base}/auth`)
        .setSubject(fhirUser ?? 'someone')
        .setAudience(aud)
        .setJti(random())
        .setIssuedAt(expired ? now - 3600 : now)
        .setExpirationTime(expired ? now - 60 : now + 300)
        .sign(forged ? unpublished.privateKey : privateKey);
    },
    create: (resource) => repo.createResource(resource),
    search: async <T extends Resource>(type: string, query: Record<string, string>) =>
      await repo.searchResources<T>({
        resourceType: type,
        filters: Object.entries(query).map(([code, value]) => ({ code, operator: 'eq', value })),
      } as never),
    tamper,
    tokenRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
