import { generate } from 'otplib';
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

/** The code an authenticator app would show now, or `steps` periods away. */
const codeFor = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

describe.each(TEST_DIALECTS)('second factor (TOTP) on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let admin: ReturnType<typeof asToken>;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, { loginAttemptsPerMinute: 1000 });
    admin = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  /** Sign in, enrol with the QR's secret, confirm with a code; answers the secret and recovery codes. */
  async function enrolled(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const c = new CookieClient(s.app);
    expect((await c.login(email)).statusCode).toBe(200);
    const start = await c.request({ method: 'POST', url: '/api/v1/account/second-factor' });
    const { secret, uri, qrSvg } = start.json<{ secret: string; uri: string; qrSvg: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\/carelevel:.*secret=/);
    expect(qrSvg).toMatch(/^<svg /);
    const wrong = await c.request({ method: 'POST', url: '/api/v1/account/second-factor/confirm', payload: { code: '000000' } });
    expect(wrong.json()).toMatchObject({ status: 400, errors: [{ path: ['body', 'code'] }] });
    const ok = await c.request({ method: 'POST', url: '/api/v1/account/second-factor/confirm', payload: { code: await codeFor(secret) } });
    expect(ok.statusCode).toBe(200);
    const { recoveryCodes } = ok.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    return { secret, recoveryCodes };
  }

  const signIn = (email: string, code?: string) =>
    s.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: PASSWORD, ...(code !== undefined ? { code } : {}) },
    });

  it('asks for the code after the password, accepts each code once, and a recovery code once', async () => {
    const user = await userWithToken(t.database, 'clinician');
    const { secret, recoveryCodes } = await enrolled(user.email);
    const noCode = await signIn(user.email);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json()).toMatchObject({ code: 'second-factor-required', errors: [{ path: ['body', 'code'] }] });
    // The code used to confirm enrolment is spent; the next period's is good.
    const next = await codeFor(secret, 1);
    expect((await signIn(user.email, next)).statusCode).toBe(200);
    expect((await signIn(user.email, next)).json()).toMatchObject({ code: 'bad-second-factor' });
    const [first] = recoveryCodes;
    expect((await signIn(user.email, first?.toUpperCase())).statusCode).toBe(200);
    expect((await signIn(user.email, first)).statusCode).toBe(401);
    const listed = (await admin({ method: 'GET', url: '/api/v1/users' })).json<{ users: { id: string; secondFactor: boolean }[] }>();
    expect(listed.users.find((u) => u.id === user.id)?.secondFactor).toBe(true);
  });

  it('counts wrong codes toward the lockout, so six digits cannot be guessed at leisure', async () => {
    const user = await userWithToken(t.database, 'clinician');
    const { secret } = await enrolled(user.email);
    for (let i = 0; i < 5; i++) expect((await signIn(user.email, String(100_000 + i))).statusCode).toBe(401);
    expect((await signIn(user.email, await codeFor(secret, 1))).json()).toMatchObject({ code: 'bad-credentials' });
  });

  it('when required, lets an admin or clinician without one do nothing but enrol; navigators are not asked', async () => {
    const clinician = await userWithToken(t.database, 'clinician');
    const navigator = await userWithToken(t.database, 'navigator');
    expect((await admin({ method: 'PUT', url: '/api/v1/settings/security', payload: { secondFactorRequired: true } })).statusCode).toBe(
      200,
    );
    try {
      const c = new CookieClient(s.app);
      expect((await c.login(clinician.email)).json()).toMatchObject({ mustEnrolSecondFactor: true });
      const blocked = await c.request({ method: 'GET', url: '/api/v1/people' });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json()).toMatchObject({ code: 'second-factor-enrolment-required' });
      expect((await c.request({ method: 'GET', url: '/api/v1/session' })).json()).toMatchObject({ mustEnrolSecondFactor: true });
      // Scripts with API tokens are not interactive sign-ins: the setting does not stop them.
      expect((await asToken(s.app, clinician.token)({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);
      const { secret } = await enrolled(clinician.email);
      const after = await signIn(clinician.email, await codeFor(secret, 1));
      expect(after.json()).toMatchObject({ mustEnrolSecondFactor: false });
      const n = new CookieClient(s.app);
      expect((await n.login(navigator.email)).json()).toMatchObject({ mustEnrolSecondFactor: false });
      expect((await n.request({ method: 'GET', url: '/api/v1/people' })).statusCode).toBe(200);
    } finally {
      await admin({ method: 'PUT', url: '/api/v1/settings/security', payload: { secondFactorRequired: false } });
    }
  });

  it('lets an admin remove a lost second factor; the person signs in with the password again', async () => {
    const user = await userWithToken(t.database, 'clinician');
    await enrolled(user.email);
    expect((await signIn(user.email)).statusCode).toBe(401);
    expect((await admin({ method: 'DELETE', url: `/api/v1/users/${user.id}/second-factor` })).statusCode).toBe(200);
    expect((await signIn(user.email)).statusCode).toBe(200);
  });
});
