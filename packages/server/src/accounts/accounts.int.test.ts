import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, listApiTokens, revokeApiToken } from './token-store.js';
import { createUser } from './user-store.js';
import {
  CookieClient,
  openTestDatabase,
  PASSWORD,
  startTestApp,
  TEST_DIALECTS,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

describe.each(TEST_DIALECTS)('accounts on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;

  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, { sessionPolicy: { absoluteMs: 3_600_000, idleMs: 1_800_000 }, loginAttemptsPerMinute: 1000 });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('creates the first admin through setup, once, even when requests race', async () => {
    const racing = await Promise.all(
      ['Admin@Example.test', 'racer1@example.test', 'racer2@example.test'].map((email) =>
        s.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { email, password: PASSWORD } }),
      ),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const first = racing.find((r) => r.statusCode === 201)!;
    expect(first.json()).toMatchObject({ user: { role: 'admin' } });
    // the tests below sign in as admin@example.test
    const winner = first.json<{ user: { email: string } }>().user.email;
    if (winner !== 'admin@example.test')
      await t.database.db.updateTable('users').set({ email: 'admin@example.test' }).where('email', '=', winner).execute();
    expect(await t.database.db.selectFrom('users').select('id').where('role', '=', 'admin').execute()).toHaveLength(1);
    const again = await s.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { email: 'other@example.test', password: PASSWORD },
    });
    expect(again.statusCode).toBe(409);
  });

  it('stores an argon2id hash, never the password', async () => {
    const row = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'admin@example.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('rejects short passwords with the field named', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { email: 'x@example.test', password: 'short' } });
    expect(res.statusCode).toBe(409); // setup is closed; the rule is checked on user creation below
    await expect(createUser(t.database.db, { email: 'y@example.test', password: 'short', role: 'navigator' })).rejects.toMatchObject({
      code: 'invalid-request',
      issues: [{ path: ['password'] }],
    });
  });

  it('signs in with a cookie session and requires the CSRF header on unsafe requests', async () => {
    const c = new CookieClient(s.app);
    const login = await c.login('admin@example.test');
    expect(login.statusCode).toBe(200);
    const sessionCookie = login.cookies.find((x) => x.name === 'carelevel_session');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
    const noCsrf = await c.request({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B' } }, false);
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf-failed' });
    const wrong = await c.request(
      { method: 'POST', url: '/api/v1/people', headers: { 'x-csrf-token': 'x'.repeat(43) }, payload: { givenName: 'A', familyName: 'B' } },
      false,
    );
    expect(wrong.statusCode).toBe(403);
    expect((await c.request({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B' } })).statusCode).toBe(201);
  });

  it('rotates the session on sign-in: the old cookie stops working', async () => {
    const c = new CookieClient(s.app);
    await c.login('admin@example.test');
    const old = c.cookie;
    await c.login('admin@example.test');
    expect(c.cookie).not.toBe(old);
    const withOld = await s.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: `carelevel_session=${old}` } });
    expect(withOld.statusCode).toBe(401);
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
  });

  it('ends the session on sign-out', async () => {
    const c = new CookieClient(s.app);
    await c.login('admin@example.test');
    expect((await c.request({ method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('expires sessions: an expired row no longer signs anyone in', async () => {
    const c = new CookieClient(s.app);
    await c.login('admin@example.test');
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('expires idle sessions', async () => {
    const c = new CookieClient(s.app);
    await c.login('admin@example.test');
    await t.database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 2 * 3_600_000).toISOString() })
      .execute();
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('tells the workspace whether first-run setup is still needed', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
  });

  it('lists accounts for an admin without password hashes, and binds program staff only to real programs', async () => {
    const admin = new CookieClient(s.app);
    await admin.login('admin@example.test');
    const program = await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirst();
    const bad = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'bound@example.test', password: PASSWORD, role: 'program-staff', programs: ['p_not_there'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: ['body', 'programs', 0], message: 'is not a program in the directory' }] });
    if (program) {
      const ok = await admin.request({
        method: 'POST',
        url: '/api/v1/users',
        payload: { email: 'bound@example.test', password: PASSWORD, role: 'program-staff', programs: [program.id] },
      });
      expect(ok.statusCode).toBe(201);
    }
    const listed = await admin.request({ method: 'GET', url: '/api/v1/users' });
    expect(listed.statusCode).toBe(200);
    const users = listed.json<{ users: { email: string; role: string }[] }>().users;
    expect(users.map((u) => u.email)).toContain('admin@example.test');
    expect(listed.body).not.toMatch(/argon2|password/);
  });

  it('clears ended sessions from the table at the next sign-in, and keeps live ones', async () => {
    const live = new CookieClient(s.app);
    await live.login('admin@example.test');
    const abandoned = new CookieClient(s.app);
    await abandoned.login('admin@example.test');
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('sessions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('csrf_token', '=', abandoned.csrf ?? '')
      .execute();
    const before = await count();
    await new CookieClient(s.app).login('admin@example.test');
    expect(await count()).toBe(before); // one ended row gone, one new row
    expect((await live.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
  });

  it('refuses a revoked API token, and lists tokens without their secrets', async () => {
    const user = await createUser(t.database.db, { email: 'script@example.test', password: PASSWORD, role: 'navigator' });
    const { id, token } = await createApiToken(t.database.db, user.id, 'nightly export');
    const asScript = () => s.app.inject({ method: 'GET', url: '/api/v1/session', headers: { authorization: `Bearer ${token}` } });
    expect((await asScript()).statusCode).toBe(200);
    expect(await revokeApiToken(t.database.db, id)).toBe(true);
    expect((await asScript()).statusCode).toBe(401);
    expect(await revokeApiToken(t.database.db, id)).toBe(false);
    const listed = await listApiTokens(t.database.db, user.id);
    expect(listed).toEqual([{ id, label: 'nightly export', createdAt: expect.any(String), revokedAt: expect.any(String) }]);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    await createUser(t.database.db, { email: 'nav@example.test', password: PASSWORD, role: 'navigator' });
    const c = new CookieClient(s.app);
    for (let i = 0; i < 5; i++) expect((await c.login('nav@example.test', 'wrong password!!')).statusCode).toBe(401);
    const locked = await c.login('nav@example.test');
    expect(locked.statusCode).toBe(401);
    // The same answer as an unknown email: a lock must not tell that the address has an account.
    const unknown = await c.login('nobody-at-all@example.test');
    expect(locked.json()).toEqual(unknown.json());
    const failures = await t.database.db.selectFrom('audit_events').select('action').where('action', '=', 'login-failed').execute();
    expect(failures.length).toBeGreaterThanOrEqual(5);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await new CookieClient(s.app).login('nobody@example.test');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'bad-credentials' });
  });
});

describe('sign-in rate limit', () => {
  it('refuses more attempts per address than the limit', async () => {
    const t = await openTestDatabase('sqlite', { sample: false });
    const s = await startTestApp(t, { loginAttemptsPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await new CookieClient(s.app).login('nobody@example.test')).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await s.close();
      await t.dispose();
    }
  });
});
