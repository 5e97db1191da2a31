import * as oauth from 'oauth4webapi';
import type { SmartRecord } from './smart-records.js';

/**
 * The OAuth 2 / OpenID Connect side of a SMART launch, through oauth4webapi: discovery, the
 * authorization request with PKCE (S256), the code exchange and the id_token's checks (signature
 * against the server's JWKS, issuer, audience, nonce, expiry). No token is handled by hand.
 */

/** A failure the launch shows the user in plain words; `field` names what was at fault. */
export class LaunchRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** 403 when the record user may not come in; 400 when the launch itself is at fault. */
    readonly status: 400 | 403 = 400,
  ) {
    super(message);
  }
}

// Plain http only on loopback (a test record, or one on the same machine): anything else must be TLS.
const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
// eslint-disable-next-line @typescript-eslint/explicit-module-boundary-types -- spread into several oauth4webapi calls' own option types
export const httpOptions = (url: URL) =>
  isLoopback(url)
    ? {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- meant for exactly this: plain http to loopback only
        [oauth.allowInsecureRequests]: true,
      }
    : {};

export interface SmartConfiguration {
  readonly issuer?: string;
  readonly authorization_endpoint?: string;
  readonly token_endpoint?: string;
  readonly jwks_uri?: string;
}

/** A server answered its `.well-known/smart-configuration` with an error status. */
export class SmartConfigurationUnavailable extends Error {
  constructor(readonly status: number) {
    super('no SMART configuration');
  }
}

const smartConfigurationUrl = (base: string): URL => new URL(`${base.replace(/\/+$/, '')}/.well-known/smart-configuration`);

/**
 * A FHIR server's `/.well-known/smart-configuration` (SMART App Launch 2.x discovery), as sent: a record
 * carelevel launches from, or a program's server it sends to. Network errors are thrown as they come.
 */
export async function fetchSmartConfiguration(base: string, fetcher: typeof fetch, timeoutMs: number): Promise<SmartConfiguration> {
  const res = await fetcher(smartConfigurationUrl(base), {
    headers: { accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new SmartConfigurationUnavailable(res.status);
  return (await res.json()) as SmartConfiguration;
}

/** The record's `/.well-known/smart-configuration`, as an authorization server for oauth4webapi. */
export async function discover(iss: string): Promise<oauth.AuthorizationServer> {
  const url = smartConfigurationUrl(iss);
  if (url.protocol !== 'https:' && !isLoopback(url)) throw new LaunchRefused('iss', 'the record must be reached over https');
  let config: SmartConfiguration;
  try {
    config = await fetchSmartConfiguration(iss, fetch, 10_000);
  } catch {
    throw new LaunchRefused('iss', 'the record did not answer with its SMART configuration');
  }
  const { issuer, authorization_endpoint, token_endpoint, jwks_uri } = config;
  if (!issuer || !authorization_endpoint || !token_endpoint || !jwks_uri)
    throw new LaunchRefused(
      'smart-configuration',
      'the record’s SMART configuration lacks issuer, endpoints or jwks_uri (needed for openid)',
    );
  return { issuer, authorization_endpoint, token_endpoint, jwks_uri };
}

export interface LaunchSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export const newLaunchSecrets = (): LaunchSecrets => ({
  state: oauth.generateRandomState(),
  nonce: oauth.generateRandomNonce(),
  codeVerifier: oauth.generateRandomCodeVerifier(),
});

/** Where to send the browser: the record's authorization endpoint with the launch, PKCE and `aud`. */
export async function authorizationUrl(
  as: oauth.AuthorizationServer,
  record: SmartRecord,
  launch: string,
  redirect: string,
  scope: string,
  secrets: LaunchSecrets,
): Promise<URL> {
  const url = new URL(as.authorization_endpoint ?? '');
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: record.clientId,
    redirect_uri: redirect,
    scope,
    state: secrets.state,
    nonce: secrets.nonce,
    launch,
    aud: record.iss,
    code_challenge: await oauth.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return url;
}

export interface GrantedLaunch {
  readonly accessToken: string;
  readonly scope: string;
  readonly expiresIn: number;
  /** The launch context: the record's id of the patient in context. */
  readonly patient: string;
  readonly fhirUser: unknown;
}

/** Exchange the code and check the id_token; the callback's `state` was matched before this is called. */
export async function exchangeCode(
  as: oauth.AuthorizationServer,
  record: SmartRecord,
  callback: URL,
  state: string,
  redirect: string,
  secrets: { readonly codeVerifier: string; readonly nonce: string },
): Promise<GrantedLaunch> {
  const client: oauth.Client = { client_id: record.clientId };
  const auth = record.clientSecret ? oauth.ClientSecretPost(record.clientSecret) : oauth.None();
  const options = httpOptions(new URL(as.token_endpoint ?? ''));
  try {
    const params = oauth.validateAuthResponse(as, client, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, redirect, secrets.codeVerifier, options);
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: secrets.nonce,
      requireIdToken: true,
    });
    // The id_token's signature too, against the server's JWKS (oauth4webapi leaves it to the caller).
    await oauth.validateApplicationLevelSignature(as, response, options);
    const claims = oauth.getValidatedIdTokenClaims(result);
    if (typeof result.patient !== 'string' || result.patient === '')
      throw new LaunchRefused('patient', 'the record did not say which patient the launch is for');
    return {
      accessToken: result.access_token,
      scope: typeof result.scope === 'string' ? result.scope : '',
      expiresIn: typeof result.expires_in === 'number' ? result.expires_in : 3600,
      patient: result.patient,
      fhirUser: claims?.fhirUser,
    };
  } catch (e) {
    if (e instanceof LaunchRefused) throw e;
    // oauth4webapi's errors say which check failed (aud, nonce, signature…); their code, never a token.
    const code = e instanceof oauth.ResponseBodyError ? e.error : e instanceof Error && 'code' in e ? String(e.code) : 'failed';
    throw new LaunchRefused('id_token', `the record’s sign-in could not be accepted (${code})`);
  }
}
