import * as oauth from 'oauth4webapi';
import { fetchSmartConfiguration, httpOptions, SmartConfigurationUnavailable } from '../smart/smart-client.js';
import { signingKey, type ClientKey } from './client-key.js';
import type { Fetch, PeerAnswer } from './peer-client.js';
import type { AttemptFailure } from './retry-schedule.js';

/** What SMART Backend Services needs to get a token from a program's authorization server. */
export interface BackendClient {
  readonly programId: string;
  readonly baseUrl: string;
  readonly clientId: string;
  readonly scope: string;
  readonly key: ClientKey;
}

/** A token is used until this long before it runs out, so a request never arrives with a dead one. */
const EARLY_MS = 60_000;

interface Kept {
  readonly token: string;
  readonly until: number;
  /** Which registration it was got with: a changed client id, scope or key gets a new token. */
  readonly with: string;
}

const failureOf = (e: unknown): AttemptFailure => {
  if (e instanceof SmartConfigurationUnavailable) return { kind: 'http', status: e.status };
  if (e instanceof oauth.ResponseBodyError || e instanceof oauth.WWWAuthenticateChallengeError) return { kind: 'http', status: e.status };
  const cause = (e as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code) ? cause.code : 'no token';
  return { kind: 'network', message: code };
};

/**
 * Access tokens for programs' FHIR servers by OAuth client credentials with a signed client assertion
 * (SMART Backend Services, through oauth4webapi): the server's token endpoint from its
 * `.well-known/smart-configuration`, an ES384 assertion whose audience is that endpoint, the scopes the
 * administrator set. Each token is kept in memory (per instance) until shortly before it runs out, and
 * dropped at once when the program's server refuses it.
 */
export class BackendTokens {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly fetcher: Fetch,
    private readonly clock: () => Date,
  ) {}

  async token(client: BackendClient): Promise<PeerAnswer<string>> {
    const registration = `${client.clientId} ${client.scope} ${client.key.privateJwk.kid}`;
    const kept = this.kept.get(client.programId);
    if (kept && kept.with === registration && kept.until > this.clock().getTime()) return { ok: true, body: kept.token };
    try {
      const as = await this.discover(client.baseUrl);
      const tokenEndpoint = as.token_endpoint ?? '';
      const { key, kid } = await signingKey(client.key.privateJwk);
      const auth = oauth.PrivateKeyJwt(
        { key, kid },
        {
          // SMART Backend Services: the assertion's audience is the token endpoint itself.
          [oauth.modifyAssertion]: (_header, payload) => {
            payload.aud = tokenEndpoint;
          },
        },
      );
      const c: oauth.Client = { client_id: client.clientId };
      const options = { ...httpOptions(new URL(tokenEndpoint)), [oauth.customFetch]: this.fetcher };
      const response = await oauth.clientCredentialsGrantRequest(as, c, auth, { scope: client.scope }, options);
      const result = await oauth.processClientCredentialsResponse(as, c, response);
      const lifetime = (typeof result.expires_in === 'number' ? result.expires_in : 300) * 1000;
      this.kept.set(client.programId, {
        token: result.access_token,
        until: this.clock().getTime() + lifetime - EARLY_MS,
        with: registration,
      });
      return { ok: true, body: result.access_token };
    } catch (e) {
      return { ok: false, failure: failureOf(e) };
    }
  }

  /** The program's server refused the token it was given: get a new one next time. */
  forget(programId: string): void {
    this.kept.delete(programId);
  }

  private async discover(baseUrl: string): Promise<oauth.AuthorizationServer> {
    const config = await fetchSmartConfiguration(baseUrl, this.fetcher, 15_000);
    // A configuration without a token endpoint is as good as none.
    if (!config.token_endpoint) throw new SmartConfigurationUnavailable(404);
    return { issuer: config.issuer ?? new URL(config.token_endpoint).origin, token_endpoint: config.token_endpoint };
  }
}
