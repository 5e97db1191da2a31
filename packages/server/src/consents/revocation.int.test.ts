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

type Api = ReturnType<typeof asToken>;
interface Referral {
  id: string;
  status: string;
  level: string | null;
  reason: string | null;
  version: number;
  consentLive: boolean;
  transitions: { reason: string | null }[];
}

// Issue 11, finding 9: after a consent was revoked, program staff still read and moved the referral
// with its clinical content. 42 CFR Part 2: what was disclosed stays disclosed; nothing new is.
describe.each(TEST_DIALECTS)('a revoked consent and its referrals on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let navigator: Api;
  let staff: Api;
  let programId: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    programId = (await t.database.db.selectFrom('directory_programs').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
    navigator = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [programId])).token);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  async function referred(): Promise<{ personId: string; consentId: string; referral: Referral }> {
    const personId = (await navigator({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'R', familyName: 'V' } })).json<{
      id: string;
    }>().id;
    const consentId = (await navigator({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) })).json<{
      id: string;
    }>().id;
    const res = await navigator({
      method: 'POST',
      url: '/api/v1/referrals',
      payload: { personId, programIds: [programId], level: 'residential-high' },
    });
    return { personId, consentId, referral: res.json<{ referrals: Referral[] }>().referrals[0]! };
  }
  const read = async (api: Api, id: string): Promise<Referral> =>
    (await api({ method: 'GET', url: `/api/v1/referrals/${id}` })).json<Referral>();
  const move = (api: Api, r: Referral, status: string) =>
    api({
      method: 'PATCH',
      url: `/api/v1/referrals/${r.id}`,
      headers: { 'if-match': `"${r.version}"` },
      payload: { status, ...(status === 'admitted' ? { admittedOn: new Date().toISOString().slice(0, 10) } : {}) },
    });

  it('cancels an open referral with the revocation, and program staff see it without its clinical content', async () => {
    const { consentId, referral } = await referred();
    expect(await read(staff, referral.id)).toMatchObject({ level: 'residential-high', consentLive: true });
    expect((await move(staff, referral, 'received')).statusCode).toBe(200);

    await navigator({ method: 'POST', url: `/api/v1/consents/${consentId}/revoke` });
    const seen = await read(staff, referral.id);
    expect(seen).toMatchObject({ id: referral.id, status: 'cancelled', level: null, reason: null, consentLive: false });
    expect(seen.transitions.every((x) => x.reason === null)).toBe(true);
    const listed = (await staff({ method: 'GET', url: '/api/v1/referrals' })).json<{ referrals: Referral[] }>().referrals;
    expect(listed.find((r) => r.id === referral.id)).toMatchObject({ level: null, consentLive: false });
    // The referring side keeps its whole record, and the reason the referral ended.
    expect(await read(navigator, referral.id)).toMatchObject({
      status: 'cancelled',
      level: 'residential-high',
      reason: 'consent revoked',
      consentLive: false,
    });
  });

  it('leaves an admitted referral as the program acted on it, but program staff can no longer move it', async () => {
    const { consentId, referral } = await referred();
    let r = referral;
    for (const status of ['received', 'accepted', 'admitted']) r = (await move(staff, r, status)).json<Referral>();
    await navigator({ method: 'POST', url: `/api/v1/consents/${consentId}/revoke` });
    const after = await read(staff, r.id);
    expect(after).toMatchObject({ status: 'admitted', level: null, consentLive: false });
    const completed = await move(staff, after, 'completed');
    expect(completed.statusCode).toBe(403);
    expect(completed.json()).toMatchObject({ code: 'no-consent' });
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', r.id)
      .where('action', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(1);
    expect((await read(navigator, r.id)).status).toBe('admitted');
  });

  it('records the cancellation in the referral history and the audit log, in the same transaction as the revocation', async () => {
    const { consentId, referral } = await referred();
    await navigator({ method: 'POST', url: `/api/v1/consents/${consentId}/revoke` });
    const history = await t.database.db
      .selectFrom('referral_transitions')
      .selectAll()
      .where('referral_id', '=', referral.id)
      .orderBy('at')
      .execute();
    expect(history.at(-1)).toMatchObject({ from_status: 'requested', to_status: 'cancelled', reason: 'consent revoked' });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('entity_id', 'in', [referral.id, consentId])
      .execute();
    expect(audit.map((a) => `${a.action} ${a.entity_type}`)).toEqual(expect.arrayContaining(['revoke consent', 'transition referral']));
  });
});
