import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  consentBody,
  CookieClient,
  openTestDatabase,
  startTestApp,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from './test-support/harness.js';

// Two app instances, each with its own connection pool, on one PostgreSQL database: what a load
// balancer in front of several servers looks like. Nothing may live only in one instance's memory.
describe.runIf(process.env.DATABASE_URL)('two instances on one PostgreSQL', () => {
  let t: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let staffEmail: string;
  let referralId: string;

  beforeAll(async () => {
    t = await openTestDatabase('postgres');
    a = await startTestApp(t);
    // B re-reads the directory every 200 ms here (a minute in service), so the test need not wait.
    b = await startTestApp(t, { directoryRefreshMs: 200 }, await t.reopen());
    const program = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const nav = asToken(a.app, (await userWithToken(t.database, 'navigator')).token);
    const staff = await userWithToken(t.database, 'program-staff', [program]);
    staffEmail = staff.email;
    const person = (await nav({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'M', familyName: 'I' } })).json<{
      id: string;
    }>();
    await nav({ method: 'POST', url: '/api/v1/consents', payload: consentBody(person.id, program) });
    const made = (await nav({ method: 'POST', url: '/api/v1/referrals', payload: { personId: person.id, programIds: [program] } })).json<{
      referrals: { id: string }[];
    }>();
    referralId = (made.referrals[0] as { id: string }).id;
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await t.dispose();
  });

  it('share sessions: sign in on one, work on the other, sign out on the other ends it on both', async () => {
    const onA = new CookieClient(a.app);
    expect((await onA.login(staffEmail)).statusCode).toBe(200);
    const onB = new CookieClient(b.app);
    onB.cookie = onA.cookie;
    onB.csrf = onA.csrf;
    expect((await onB.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
    expect((await onB.request({ method: 'GET', url: `/api/v1/referrals/${referralId}` })).statusCode).toBe(200);
    expect((await onB.request({ method: 'DELETE', url: '/api/v1/session' })).statusCode).toBe(204);
    expect((await onA.request({ method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('never lose an update: of concurrent changes from the same version across both, one wins and the rest get 412', async () => {
    const c = new CookieClient(a.app);
    await c.login(staffEmail);
    const onB = new CookieClient(b.app);
    onB.cookie = c.cookie;
    onB.csrf = c.csrf;
    const patch = (client: CookieClient) =>
      client.request({
        method: 'PATCH',
        url: `/api/v1/referrals/${referralId}`,
        headers: { 'if-match': '"1"' },
        payload: { status: 'received' },
      });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => patch(i % 2 ? c : onB)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array(9).fill(412)]);
    // The loser re-reads, sees the winner's change, and moves on from there.
    const read = (await onB.request({ method: 'GET', url: `/api/v1/referrals/${referralId}` })).json<{
      version: number;
      status: string;
      transitions: unknown[];
    }>();
    expect(read).toMatchObject({ version: 2, status: 'received' });
    expect(read.transitions).toHaveLength(2);
    const next = await onB.request({
      method: 'PATCH',
      url: `/api/v1/referrals/${referralId}`,
      headers: { 'if-match': '"2"' },
      payload: { status: 'accepted' },
    });
    expect(next.statusCode).toBe(200);
    expect(
      (
        await c.request({
          method: 'PATCH',
          url: `/api/v1/referrals/${referralId}`,
          headers: { 'if-match': '"2"' },
          payload: { status: 'waitlisted' },
        })
      ).statusCode,
    ).toBe(412);
  });

  it('share a lockout: five wrong passwords on one instance lock the account on the other too', async () => {
    const locked = await userWithToken(t.database, 'clinician');
    for (let i = 0; i < 5; i++) expect((await new CookieClient(a.app).login(locked.email, 'not-the-password')).statusCode).toBe(401);
    expect((await new CookieClient(b.app).login(locked.email)).statusCode).toBe(401);
  });

  it('share directory changes: openings reported through one leave the other instance’s "accepting now" search', async () => {
    const program = await t.database.db
      .selectFrom('directory_programs')
      .select(['id', 'zip'])
      .where('zip', 'is not', null)
      .limit(1)
      .executeTakeFirstOrThrow();
    const search = async () =>
      (await b.app.inject({ method: 'GET', url: `/api/v1/programs?near=${program.zip}&radiusMiles=5&acceptingNow=true&limit=100` })).json<{
        results: { id: string }[];
      }>();
    const admin = asToken(a.app, (await userWithToken(t.database, 'admin')).token);
    const report = (acceptingNewClients: boolean) =>
      admin({ method: 'PUT', url: `/api/v1/programs/${program.id}/openings`, payload: { acceptingNewClients } });
    expect((await report(true)).statusCode).toBe(200);
    await expect.poll(async () => (await search()).results.some((r) => r.id === program.id), { timeout: 5_000, interval: 250 }).toBe(true);
    expect((await report(false)).statusCode).toBe(200);
    await expect.poll(async () => (await search()).results.some((r) => r.id === program.id), { timeout: 5_000, interval: 250 }).toBe(false);
  });
});
