import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CookieClient,
  openTestDatabase,
  PASSWORD,
  startTestApp,
  TEST_DIALECTS,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { createUser } from './user-store.js';

describe.each(TEST_DIALECTS)('sign-in lockout on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, { loginAttemptsPerMinute: 1000 });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const signIn = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    s.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress });

  // Issue 11, finding 1: the count was read, then written back as count + 1, so guesses sent together
  // overwrote each other's count and the account never locked.
  it('holds when twenty wrong passwords arrive at once from twenty addresses: the right one is then refused', async () => {
    await createUser(t.database.db, { email: 'target@example.test', password: PASSWORD, role: 'clinician' });
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn('target@example.test', `wrong guess number ${i}`, `10.0.0.${i + 1}`)),
    );
    expect(guesses.map((r) => r.statusCode)).toEqual(Array.from({ length: 20 }, () => 401));
    const row = await t.database.db
      .selectFrom('users')
      .select('locked_until')
      .where('email', '=', 'target@example.test')
      .executeTakeFirstOrThrow();
    expect(row.locked_until).not.toBeNull();
    expect((await signIn('target@example.test', PASSWORD, '10.9.9.9')).statusCode).toBe(401);
  });

  // Finding 12: a locked account said "locked" (429) where an unknown email said "wrong password".
  it('answers a locked account exactly as an unknown email, with the right password too', async () => {
    await createUser(t.database.db, { email: 'locked@example.test', password: PASSWORD, role: 'navigator' });
    for (let i = 0; i < 5; i++) await signIn('locked@example.test', 'not the password!');
    const locked = await signIn('locked@example.test', PASSWORD);
    const unknown = await signIn('no-such-person@example.test', PASSWORD);
    expect(locked.statusCode).toBe(unknown.statusCode);
    expect(locked.json()).toEqual(unknown.json());
    expect(locked.headers['content-type']).toBe(unknown.headers['content-type']);
  });

  // Finding 12: the CSRF exemption named the route only, so signing out (DELETE on the sign-in route)
  // could be forced by another site.
  it('requires the CSRF token to sign out; only signing in is exempt', async () => {
    await createUser(t.database.db, { email: 'csrf@example.test', password: PASSWORD, role: 'navigator' });
    const c = new CookieClient(s.app);
    await c.login('csrf@example.test');
    const forced = await c.request({ method: 'DELETE', url: '/api/v1/session' }, false);
    expect(forced.statusCode).toBe(403);
    expect(forced.json()).toMatchObject({ code: 'csrf-failed' });
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
    expect((await c.request({ method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
  });
});
