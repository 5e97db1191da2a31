import type { DialectName, DirectoryIndex } from '@carelevel/directory';
import type { Kysely } from 'kysely';
import type { LoginThrottle } from '../accounts/login-throttle.js';
import type { SessionPolicy } from '../accounts/sessions.js';
import type { ServerTables } from '../storage/tables.js';

/** What every plugin needs, built once by buildApp and passed down explicitly. */
export interface ServerContext {
  readonly db: Kysely<ServerTables>;
  readonly dialect: DialectName;
  readonly sessionPolicy: SessionPolicy;
  readonly loginThrottle: LoginThrottle;
  /** Cookies get `Secure` when the app is served over TLS (directly or behind a trusted proxy). */
  readonly secureCookies: boolean;
  /** The in-memory search index over the directory tables, rebuilt after a program changes. */
  directoryIndex(): Promise<DirectoryIndex>;
  invalidateDirectory(): void;
}
