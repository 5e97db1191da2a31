import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { referralWithHistory } from '../test-support/referral-history.js';

describe.each(TEST_DIALECTS)('time to acknowledge and to admission on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let admin: { token: string };
  let programId: string;
  let personId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    admin = await userWithToken(t.database, 'admin');
    programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const api = asToken(s.app, admin.token);
    personId = (await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'W', familyName: 'T' } })).json<{ id: string }>()
      .id;
    await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('reads both from the history of an admitted referral, on its own and in lists', async () => {
    const id = await referralWithHistory(s.app, t.database, admin.token, personId, programId, {
      requested: '2026-03-02T09:00:00.000Z',
      received: '2026-03-02T15:30:00.000Z',
      accepted: '2026-03-04T10:00:00.000Z',
      admitted: '2026-03-09T09:00:00.000Z',
    });
    const expected = {
      acknowledgedAt: '2026-03-02T15:30:00.000Z',
      admittedAt: '2026-03-09T09:00:00.000Z',
      hoursToAcknowledge: 6.5,
      // Whole days from the day sent to the admission day the program recorded.
      hoursToAdmission: 168,
      admittedOn: '2026-03-09',
    };
    const api = asToken(s.app, admin.token);
    expect((await api({ method: 'GET', url: `/api/v1/referrals/${id}` })).json()).toMatchObject(expected);
    const list = (await api({ method: 'GET', url: `/api/v1/referrals?personId=${personId}` })).json<{ referrals: { id: string }[] }>();
    expect(list.referrals.find((r) => r.id === id)).toMatchObject(expected);
  });

  it('is null for a step not reached yet', async () => {
    const id = await referralWithHistory(s.app, t.database, admin.token, personId, programId, {
      requested: '2026-03-05T09:00:00.000Z',
      received: '2026-03-05T10:15:00.000Z',
    });
    const r = (await asToken(s.app, admin.token)({ method: 'GET', url: `/api/v1/referrals/${id}` })).json();
    expect(r).toMatchObject({
      acknowledgedAt: '2026-03-05T10:15:00.000Z',
      hoursToAcknowledge: 1.25,
      admittedAt: null,
      hoursToAdmission: null,
    });
    const fresh = await asToken(
      s.app,
      admin.token,
    )({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [programId] } });
    expect(fresh.json<{ referrals: unknown[] }>().referrals[0]).toMatchObject({ acknowledgedAt: null, hoursToAcknowledge: null });
  });
});
