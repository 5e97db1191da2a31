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

/** A minimal valid carelevel-aftercare/1 plan. */
const planWith = (frequency: string) => ({
  format: 'carelevel-aftercare/1',
  components: [{ kind: 'support-groups', frequency }],
  relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [] },
  crisisPlan: { steps: [], contacts: [] },
});

describe.each(TEST_DIALECTS)('aftercare plans on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let url: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    const person = (await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'P' } })).json<{
      id: string;
    }>();
    url = `/api/v1/people/${person.id}/aftercare-plan`;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('creates a plan, then replaces it only with the version read', async () => {
    expect((await api({ method: 'GET', url })).statusCode).toBe(404);
    const created = await api({ method: 'PUT', url, payload: { plan: planWith('weekly') } });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect((await api({ method: 'PUT', url, payload: { plan: planWith('daily') } })).statusCode).toBe(428);
    const replaced = await api({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { plan: planWith('daily') } });
    expect(replaced.json()).toMatchObject({ version: 2, plan: { components: [{ kind: 'support-groups', frequency: 'daily' }] } });
    expect((await api({ method: 'PUT', url, headers: { 'if-match': '"1"' }, payload: { plan: planWith('never') } })).statusCode).toBe(412);
    expect((await api({ method: 'GET', url })).json()).toMatchObject({
      version: 2,
      plan: { components: [{ kind: 'support-groups', frequency: 'daily' }] },
    });
  });

  it('refuses a plan that is not a carelevel-aftercare/1 document, naming every field at fault', async () => {
    const res = await api({
      method: 'PUT',
      url,
      headers: { 'if-match': '"2"' },
      payload: { plan: { ...planWith('weekly'), components: [{ kind: 'yoga-retreat' }], crisisPlan: { steps: 'call' } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      errors: [
        { path: ['body', 'plan', 'components', 0, 'kind'] },
        { path: ['body', 'plan', 'crisisPlan', 'steps'] },
        { path: ['body', 'plan', 'crisisPlan', 'contacts'] },
      ],
    });
  });

  it('refuses a plan that is not an object', async () => {
    const res = await api({ method: 'PUT', url, headers: { 'if-match': '"2"' }, payload: { plan: [1, 2] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: ['body', 'plan'] }] });
  });
});
