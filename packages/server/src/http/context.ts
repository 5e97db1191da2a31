import type { DirectoryIndex } from '@carelevel/directory';
import type { DialectName } from '@carelevel/storage';
import type { LoginThrottle } from '../accounts/login-throttle.js';
import type { SessionPolicy } from '../accounts/session-store.js';
import type { Db } from '../db/db.js';
import type { FhirDelivery } from '../fhir-loop/delivery-worker.js';

/** What every plugin needs, built once by buildApp and passed down explicitly. */
import type { AccessTokenVerifier } from '../smart/access-tokens.js';

export interface ServerContext {
  readonly db: Db;
  readonly dialect: DialectName;
  readonly sessionPolicy: SessionPolicy;
  readonly loginThrottle: LoginThrottle;
  /** Cookies get `Secure` when the app is served over TLS (directly or behind a trusted proxy). */
  readonly secureCookies: boolean;
  /** The in-memory search index over the directory tables, rebuilt after a program changes. */
  directoryIndex(): Promise<DirectoryIndex>;
  invalidateDirectory(): void;
  /** Sends referrals to programs' own FHIR systems and follows their Tasks (started by `startServer`). */
  readonly fhirDelivery?: FhirDelivery;
  /** Checks SMART access tokens at /fhir/R4, when a registered record's authorization server is trusted for them. */
  readonly accessTokens?: AccessTokenVerifier | undefined;
  /** The only hosts a program's FHIR server may be on; any https host when unset. */
  readonly fhirEndpointHosts?: readonly string[] | undefined;
}
