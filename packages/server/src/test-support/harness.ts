import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ensureSampleDirectory, type DatabaseLocation, type DialectName } from '@carelevel/directory';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { createApiToken } from '../accounts/api-tokens.js';
import type { Role } from '../accounts/roles.js';
import { createUser } from '../accounts/user-store.js';
import { buildApp, type AppOptions } from '../app.js';
import { openServerDatabase, type ServerDatabase } from '../storage/open-server-database.js';

/** Real SQLite always; real PostgreSQL too when DATABASE_URL is set. Never a mock. */
export const TEST_DIALECTS: readonly DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  readonly database: ServerDatabase;
  readonly location: DatabaseLocation;
  /** Open another connection to the same database (a second server instance). */
  reopen(): Promise<ServerDatabase>;
  dispose(): Promise<void>;
}

/** A fresh, migrated database of its own: a SQLite file in a temp dir, or a PostgreSQL schema. */
export async function openTestDatabase(dialect: DialectName, options: { sample?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carelevel-srv-'));
  const url = process.env.DATABASE_URL;
  const schema = `t_srv_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const location: DatabaseLocation = dialect === 'postgres' && url ? { url, schema } : { dataDir };
  const database = await openServerDatabase(location);
  if (options.sample !== false) await ensureSampleDirectory(database.db);
  const extra: ServerDatabase[] = [];
  return {
    database,
    location,
    reopen: async () => {
      const d = await openServerDatabase(location);
      extra.push(d);
      return d;
    },
    dispose: async () => {
      for (const d of extra) await d.close();
      await database.close();
      if (location.url) {
        const client = new pg.Client({ connectionString: location.url });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every log line the app writes, kept in memory so tests can read them. */
export function captureLogs(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: TestDatabase;
  readonly logs: string[];
  close(): Promise<void>;
}

export async function startTestApp(
  db: TestDatabase,
  options: Partial<AppOptions> = {},
  database: ServerDatabase = db.database,
): Promise<TestApp> {
  const logs = captureLogs();
  const app = await buildApp({ database, logStream: logs.stream, logLevel: 'info', ...options });
  return { app, db, logs: logs.lines, close: () => app.close() };
}

export const PASSWORD = 'correct horse battery staple';

/** A user with an API token, for scripted calls. */
export async function userWithToken(
  database: ServerDatabase,
  role: Role,
  programs: readonly string[] = [],
): Promise<{ id: string; email: string; token: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const user = await createUser(database.db, { email, password: PASSWORD, role, programs });
  const { token } = await createApiToken(database.db, user.id, 'test');
  return { id: user.id, email, token };
}

/** `app.inject` with a bearer token. */
export function asToken(app: FastifyInstance, token: string | undefined) {
  return (opts: InjectOptions): Promise<LightMyRequestResponse> =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
}

/** A browser-like client: keeps the session cookie and sends the CSRF header on unsafe methods. */
export class CookieClient {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.request({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    if (res.statusCode === 200) {
      const c = res.cookies.find((x) => x.name === 'carelevel_session');
      this.cookie = c?.value;
      this.csrf = res.json<{ csrfToken: string }>().csrfToken;
    }
    return res;
  }

  request(opts: InjectOptions, sendCsrf = true): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...((opts.headers as Record<string, string>) ?? {}) };
    if (this.cookie) headers.cookie = `carelevel_session=${this.cookie}`;
    if (sendCsrf && this.csrf && opts.method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ ...opts, headers });
  }
}

/** A 5-day consent to a program, sharing everything. */
export const consentBody = (personId: string, programId: string) => ({
  personId,
  programId,
  purpose: 'referral',
  shares: ['demographics', 'assessments', 'timeline', 'aftercare'],
  expiresAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
});
