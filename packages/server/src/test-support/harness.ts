import { Writable } from 'node:stream';
import { fieldPathText, type FieldPath, type Role } from '@carelevel/contract';
import { ensureSampleDirectory } from '@carelevel/directory';
import type { AppDatabase } from '@carelevel/storage';
import { openTestDatabase as openDatabase, type TestDatabase } from '@carelevel/storage/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createUser } from '../accounts/user-store.js';
import { createApiToken } from '../accounts/token-store.js';
import { buildApp, type AppOptions } from '../app.js';

export { TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';

/** A fresh, migrated database of its own, with the fictional sample directory unless told otherwise. */
export async function openTestDatabase(
  dialect: TestDatabase['database']['dialect'],
  options: { sample?: boolean } = {},
): Promise<TestDatabase> {
  const t = await openDatabase(dialect);
  if (options.sample !== false) await ensureSampleDirectory(t.database.db);
  return t;
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
  database: AppDatabase = db.database,
): Promise<TestApp> {
  const logs = captureLogs();
  // Every answer is checked against its schema: an answer that drifts from the contract fails the test.
  // Reports of a problem: many per address, since every test calls from 127.0.0.1 (one test checks the real limit).
  const app = await buildApp({
    database,
    logStream: logs.stream,
    logLevel: 'info',
    checkAnswers: true,
    programReportsPerHour: 10_000,
    ...options,
  });
  return { app, db, logs: logs.lines, close: () => app.close() };
}

export const PASSWORD = 'correct horse battery staple';

/** A user with an API token, for scripted calls. */
export async function userWithToken(
  database: AppDatabase,
  role: Role,
  programs: readonly string[] = [],
): Promise<{ id: string; email: string; token: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const user = await createUser(database.db, { email, password: PASSWORD, role, programs: [...programs] });
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

/** The fields a problem answer names, each written the one way paths are shown (`body.adjustments[1].engineRating`). */
export function errorPaths(res: { json(): unknown }): string[] {
  const body = res.json() as { errors?: { path: FieldPath }[] };
  return (body.errors ?? []).map((e) => fieldPathText(e.path));
}
