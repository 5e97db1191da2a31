import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieClient, openTestDatabase, startTestApp, userWithToken, type TestApp, type TestDatabase } from '../test-support/harness.js';

describe('who am I', () => {
  let t: TestDatabase;
  let s: TestApp;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    s = await startTestApp(t, { loginAttemptsPerMinute: 1000 });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it("answers program staff with their role, email and programs by name, for the workspace's header", async () => {
    const program = await t.database.db.selectFrom('directory_programs').select(['id', 'name']).limit(1).executeTakeFirstOrThrow();
    const staff = await userWithToken(t.database, 'program-staff', [program.id]);
    // A program removed from the directory after the account was bound to it.
    await t.database.db
      .updateTable('users')
      .set({ programs: JSON.stringify([program.id, 'not-in-the-directory']) })
      .where('id', '=', staff.id)
      .execute();
    const c = new CookieClient(s.app);
    expect((await c.login(staff.email)).statusCode).toBe(200);
    const res = await c.request({ method: 'GET', url: '/api/v1/session' });
    expect(res.json()).toMatchObject({
      role: 'program-staff',
      email: staff.email,
      programs: [
        { id: program.id, name: program.name },
        { id: 'not-in-the-directory', name: null },
      ],
      via: 'session',
      user: { id: staff.id, role: 'program-staff', programs: [program.id, 'not-in-the-directory'] },
    });
  });

  it('answers the care team with no programs', async () => {
    const clinician = await userWithToken(t.database, 'clinician');
    const c = new CookieClient(s.app);
    await c.login(clinician.email);
    expect((await c.request({ method: 'GET', url: '/api/v1/session' })).json()).toMatchObject({ role: 'clinician', programs: [] });
  });
});
