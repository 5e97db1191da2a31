import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  CookieClient,
  openTestDatabase,
  PASSWORD,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

describe.each(TEST_DIALECTS)('account lifecycle on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let admin: ReturnType<typeof asToken>;
  let programId: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t, { loginAttemptsPerMinute: 1000 });
    const a = await userWithToken(t.database, 'admin');
    admin = asToken(s.app, a.token);
    programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const auditActions = async (userId: string): Promise<string[]> =>
    (
      await t.database.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_type', '=', 'user')
        .where('entity_id', '=', userId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('disabling ends every session and token at once; sign-in then answers as a wrong password; enabling lets them back in', async () => {
    const leaver = await userWithToken(t.database, 'clinician');
    const browser = new CookieClient(s.app);
    expect((await browser.login(leaver.email)).statusCode).toBe(200);
    const script = asToken(s.app, leaver.token);
    expect((await script({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);

    const disabled = await admin({ method: 'POST', url: `/api/v1/users/${leaver.id}/disable` });
    expect(disabled.statusCode).toBe(200);
    expect((await browser.request({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(401);
    expect((await script({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(401);
    expect(await t.database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', leaver.id).execute()).toEqual([]);
    const again = await new CookieClient(s.app).login(leaver.email);
    const unknown = await new CookieClient(s.app).login('nobody@example.test');
    expect(again.statusCode).toBe(401);
    expect(again.json()).toEqual(unknown.json());
    const listed = (await admin({ method: 'GET', url: '/api/v1/users' })).json<{ users: { id: string; disabledAt: string | null }[] }>();
    expect(listed.users.find((u) => u.id === leaver.id)?.disabledAt).toEqual(expect.any(String));

    expect((await admin({ method: 'POST', url: `/api/v1/users/${leaver.id}/enable` })).statusCode).toBe(200);
    expect((await new CookieClient(s.app).login(leaver.email)).statusCode).toBe(200);
    // A revoked token stays revoked: the operator makes a new one if the person still needs it.
    expect((await script({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(401);
    expect(await auditActions(leaver.id)).toEqual(expect.arrayContaining(['disable', 'enable']));
  });

  it('changes a role and programs, effective on the next request', async () => {
    const navigator = await userWithToken(t.database, 'navigator');
    const asNavigator = asToken(s.app, navigator.token);
    expect((await asNavigator({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);
    const bad = await admin({ method: 'PUT', url: `/api/v1/users/${navigator.id}/role`, payload: { role: 'program-staff' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: ['body', 'programs'] }] });
    const moved = await admin({
      method: 'PUT',
      url: `/api/v1/users/${navigator.id}/role`,
      payload: { role: 'program-staff', programs: [programId] },
    });
    expect(moved.json()).toMatchObject({ user: { role: 'program-staff', programs: [programId] } });
    expect((await asNavigator({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(403);
    expect(await auditActions(navigator.id)).toContain('set-role');
  });

  it('resets a password: the old one stops working and every session ends', async () => {
    const nurse = await userWithToken(t.database, 'clinician');
    const browser = new CookieClient(s.app);
    await browser.login(nurse.email);
    const short = await admin({ method: 'PUT', url: `/api/v1/users/${nurse.id}/password`, payload: { password: 'short' } });
    expect(short.json()).toMatchObject({ code: 'invalid-request', errors: [{ path: ['body', 'password'] }] });
    const reset = await admin({
      method: 'PUT',
      url: `/api/v1/users/${nurse.id}/password`,
      payload: { password: 'a brand new passphrase' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await browser.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    expect((await new CookieClient(s.app).login(nurse.email)).statusCode).toBe(401);
    expect((await new CookieClient(s.app).login(nurse.email, 'a brand new passphrase')).statusCode).toBe(200);
    expect(await auditActions(nurse.id)).toContain('reset-password');
  });

  it('lists live sessions and signs a user out everywhere', async () => {
    const user = await userWithToken(t.database, 'navigator');
    const [a, b] = [new CookieClient(s.app), new CookieClient(s.app)];
    await a.login(user.email);
    await b.login(user.email);
    const mine = (await a.request({ method: 'GET', url: '/api/v1/account/sessions' })).json<{
      sessions: { current: boolean; ip: string }[];
    }>();
    expect(mine.sessions).toHaveLength(2);
    expect(mine.sessions.filter((x) => x.current)).toHaveLength(1);
    expect(mine.sessions[0]?.ip).toBe('127.0.0.1');
    const seen = (await admin({ method: 'GET', url: `/api/v1/users/${user.id}/sessions` })).json<{ sessions: unknown[] }>();
    expect(seen.sessions).toHaveLength(2);
    expect((await admin({ method: 'DELETE', url: `/api/v1/users/${user.id}/sessions` })).json()).toEqual({ ended: 2 });
    expect((await a.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    expect((await b.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    // And by the user themself, from one browser: the other one is signed out too.
    await a.login(user.email);
    await b.login(user.email);
    expect((await a.request({ method: 'DELETE', url: '/api/v1/account/sessions' })).json()).toEqual({ ended: 2 });
    expect((await b.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('keeps at least one administrator who can sign in', async () => {
    const lone = await openTestDatabase(dialect, { sample: false });
    const app = await startTestApp(lone);
    try {
      const only = await userWithToken(lone.database, 'admin');
      const api = asToken(app.app, only.token);
      const res = await api({ method: 'POST', url: `/api/v1/users/${only.id}/disable` });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'last-admin' });
      expect((await api({ method: 'PUT', url: `/api/v1/users/${only.id}/role`, payload: { role: 'clinician' } })).statusCode).toBe(409);
    } finally {
      await app.close();
      await lone.dispose();
    }
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await admin({ method: 'POST', url: '/api/v1/users/00000000-0000-4000-8000-000000000000/disable' });
    expect(res.statusCode).toBe(404);
  });

  // Issue 11, finding 7: the existence check and the insert raced; the unique index's refusal was a 500.
  it('answers 409 email-taken, never a 500, when the same email is added twice at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        admin({ method: 'POST', url: '/api/v1/users', payload: { email: 'twice@example.test', password: PASSWORD, role: 'navigator' } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json()).toMatchObject({ code: 'email-taken' });
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', 'twice@example.test').execute()).toHaveLength(1);
  });
});
