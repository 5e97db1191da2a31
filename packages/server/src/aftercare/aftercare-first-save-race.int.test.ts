import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

const plan = {
  format: 'carelevel-aftercare/1',
  components: [{ kind: 'support-groups', frequency: 'weekly' }],
  relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [] },
  crisisPlan: { steps: [], contacts: [] },
};

// Issue 11, finding 6: two first saves at once both found no plan and both inserted one. Two app
// instances on one database (two connections, as two servers would have) race for real on both.
describe.each(TEST_DIALECTS)('the first save of an aftercare plan, twice at once, on %s', (dialect) => {
  let t: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    one = await startTestApp(t);
    two = await startTestApp(t, {}, await t.reopen());
    token = (await userWithToken(t.database, 'clinician')).token;
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await t.dispose();
  });

  it('keeps one plan per person; the other save is told to read it and send If-Match', async () => {
    for (let round = 0; round < 5; round++) {
      const apis = [asToken(one.app, token), asToken(two.app, token)];
      const person = (
        await apis[0]!({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'P', familyName: `R${round}` } })
      ).json<{
        id: string;
      }>().id;
      const saves = await Promise.all(
        [0, 1, 0, 1].map((i) => apis[i]!({ method: 'PUT', url: `/api/v1/people/${person}/aftercare-plan`, payload: { plan } })),
      );
      expect(saves.map((r) => r.statusCode).sort()).toEqual([201, 428, 428, 428]);
      for (const r of saves.filter((x) => x.statusCode === 428))
        expect(r.json()).toMatchObject({ code: 'if-match-required', errors: [{ path: ['headers', 'if-match'] }] });
      const rows = await t.database.db.selectFrom('aftercare_plans').select('id').where('person_id', '=', person).execute();
      expect(rows).toHaveLength(1);
    }
  });
});
