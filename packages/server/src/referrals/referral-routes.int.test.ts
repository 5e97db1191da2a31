import { ADMITTED_ELSEWHERE } from '@carelevel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
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
const body = (r: { json(): unknown }) => r.json() as Record<string, unknown>;

describe.each(TEST_DIALECTS)('referrals on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let navigator: Api;
  let staff: Api;
  let programs: string[];
  let personId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    programs = (await t.database.db.selectFrom('directory_programs').select('id').orderBy('id').limit(4).execute()).map((r) => r.id);
    navigator = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [programs[0] as string])).token);
    personId = body(await navigator({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'R', familyName: 'P' } })).id as string;
    for (const p of programs.slice(0, 3)) await navigator({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, p) });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const refer = (programIds: string[]) =>
    navigator({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds, level: 'intensive-outpatient' } });
  const today = (): string => new Date().toISOString().slice(0, 10);
  const move = (api: Api, id: string, version: number | undefined, status: string, reason?: string, extra: object = {}) =>
    api({
      method: 'PATCH',
      url: `/api/v1/referrals/${id}`,
      headers: version === undefined ? {} : { 'if-match': `"${version}"` },
      payload: { status, ...(reason ? { reason } : {}), ...(status === 'admitted' ? { admittedOn: today() } : {}), ...extra },
    });
  const firstId = (res: { json(): unknown }): string => ((body(res).referrals as { id: string }[])[0] as { id: string }).id;

  it('refers to up to three programs at once, each its own referral in one group', async () => {
    const res = await refer(programs.slice(0, 3));
    expect(res.statusCode).toBe(201);
    const refs = body(res).referrals as { groupId: string; status: string; version: number }[];
    expect(refs).toHaveLength(3);
    expect(new Set(refs.map((r) => r.groupId)).size).toBe(1);
    expect(refs.every((r) => r.status === 'requested' && r.version === 1)).toBe(true);
    expect((await refer(programs.slice(0, 4))).statusCode).toBe(400);
  });

  it('refuses a program without a live consent, naming it', async () => {
    const res = await refer([programs[0] as string, programs[3] as string]);
    expect(res.statusCode).toBe(422);
    expect(body(res)).toMatchObject({ code: 'consent-required', errors: [{ path: ['body', 'programIds', 1] }] });
    expect(body(await refer(['no-such-program'])).code).toBe('unknown-program');
  });

  it('walks requested → received → accepted → admitted → completed, timestamping each step', async () => {
    const id = ((body(await refer([programs[0] as string])).referrals as { id: string }[])[0] as { id: string }).id;
    let version = 1;
    for (const status of ['received', 'accepted', 'admitted', 'completed']) {
      const res = await move(staff, id, version, status);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers.etag).toBe(`"${version + 1}"`);
      version += 1;
    }
    const read = body(await staff({ method: 'GET', url: `/api/v1/referrals/${id}` }));
    const transitions = read.transitions as { from: string | null; to: string; at: string }[];
    expect(transitions.map((x) => x.to)).toEqual(['requested', 'received', 'accepted', 'admitted', 'completed']);
    expect(transitions.every((x) => !Number.isNaN(Date.parse(x.at)))).toBe(true);
    expect(read).toMatchObject({ status: 'completed', fhirTaskStatus: 'completed', version: 5 });
  });

  it('refuses invalid transitions with 422 and a declined referral without a reason', async () => {
    const id = ((body(await refer([programs[0] as string])).referrals as { id: string }[])[0] as { id: string }).id;
    expect(body(await move(staff, id, 1, 'admitted'))).toMatchObject({
      code: 'invalid-transition',
      errors: [{ path: ['body', 'status'], message: 'from requested can move only to received, cancelled' }],
    });
    expect((await move(staff, id, 1, 'received')).statusCode).toBe(200);
    expect(body(await move(staff, id, 2, 'declined'))).toMatchObject({
      code: 'invalid-transition',
      errors: [{ message: 'declining needs a reason' }],
    });
    const declined = await move(staff, id, 2, 'declined', 'no openings at this level');
    expect(body(declined)).toMatchObject({ status: 'declined', fhirTaskStatus: 'rejected', reason: 'no openings at this level' });
    expect((await move(navigator, id, 3, 'cancelled')).statusCode).toBe(422);
  });

  it('answers 428 without If-Match and 412 for a stale version', async () => {
    const id = ((body(await refer([programs[0] as string])).referrals as { id: string }[])[0] as { id: string }).id;
    expect(body(await move(staff, id, undefined, 'received'))).toMatchObject({ status: 428, code: 'if-match-required' });
    expect((await move(staff, id, 1, 'received')).statusCode).toBe(200);
    const stale = await move(staff, id, 1, 'accepted');
    expect(stale.statusCode).toBe(412);
    expect(body(stale).code).toBe('stale-version');
  });

  it('lets exactly one of many concurrent updates from the same version win', async () => {
    const id = ((body(await refer([programs[0] as string])).referrals as { id: string }[])[0] as { id: string }).id;
    const results = await Promise.all(Array.from({ length: 8 }, () => move(staff, id, 1, 'received')));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 412)).toHaveLength(7);
    const history = body(await staff({ method: 'GET', url: `/api/v1/referrals/${id}` })).transitions as unknown[];
    expect(history).toHaveLength(2);
  });

  it('filters the list by program and status', async () => {
    const res = body(await navigator({ method: 'GET', url: `/api/v1/referrals?programId=${programs[1] as string}&status=requested` }));
    const refs = res.referrals as { programId: string; status: string }[];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.programId === programs[1] && r.status === 'requested')).toBe(true);
  });

  describe('a referral is a handoff', () => {
    let handoffPerson: string;
    let clinician: Api;
    beforeAll(async () => {
      handoffPerson = body(await navigator({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'H', familyName: 'O' } }))
        .id as string;
      clinician = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
      const a = body(await clinician({ method: 'POST', url: `/api/v1/people/${handoffPerson}/assessments`, payload: { case: devCase() } }));
      await clinician({
        method: 'POST',
        url: `/api/v1/people/${handoffPerson}/assessments/${a.id as string}/determination`,
        payload: { chosenLevel: 'outpatient', varianceReason: 'not-available-nearby' },
      });
    });
    const referWith = (programIds: string[], extra: object, shares = ['demographics', 'assessments']) =>
      navigator({
        method: 'POST',
        url: '/api/v1/referrals',
        payload: {
          personId: handoffPerson,
          programIds,
          ...extra,
          consent: { purpose: 'referral', shares, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        },
      });

    it('carries a note, an urgency and what intake needs, within what the consent shares', async () => {
      const res = await referWith([programs[0] as string], { note: 'Works nights; call after 3 pm.', urgency: 'urgent' });
      expect(res.statusCode, res.body).toBe(201);
      const seen = body(await staff({ method: 'GET', url: `/api/v1/referrals/${firstId(res)}` }));
      expect(seen).toMatchObject({
        note: 'Works nights; call after 3 pm.',
        urgency: 'urgent',
        expectedAdmissionOn: null,
        admittedOn: null,
        handoff: {
          indicatedLevel: 'intensive-outpatient',
          chosenLevel: 'outpatient',
          withdrawalManagement: 'none',
          coverage: 'private',
          scheduleWindows: ['evening'],
          language: 'en',
          referredBy: { email: expect.stringContaining('@') as unknown },
        },
      });
      // The urgency defaults to routine; an unknown one is refused, naming the field.
      const plain = await referWith([programs[0] as string], {}, ['demographics']);
      const hidden = body(await staff({ method: 'GET', url: `/api/v1/referrals/${firstId(plain)}` }));
      expect(hidden).toMatchObject({ urgency: 'routine', note: null, handoff: { indicatedLevel: null, coverage: null, language: 'en' } });
      const wrong = await referWith([programs[0] as string], { urgency: 'yesterday' });
      expect(wrong.statusCode).toBe(400);
      expect(JSON.stringify(body(wrong).errors)).toContain('urgency');
    });

    it('records the expected admission day on accepting, and requires the admission day (not in the future)', async () => {
      const id = firstId(await referWith([programs[0] as string], { urgency: 'soon' }));
      expect((await move(staff, id, 1, 'received')).statusCode).toBe(200);
      const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const accepted = await move(staff, id, 2, 'accepted', undefined, { expectedAdmissionOn: inAWeek });
      expect(body(accepted)).toMatchObject({ status: 'accepted', expectedAdmissionOn: inAWeek });
      const missing = await move(staff, id, 3, 'admitted', undefined, { admittedOn: undefined });
      expect(missing.statusCode).toBe(400);
      expect(body(missing)).toMatchObject({
        errors: [{ path: ['body', 'admittedOn'], message: expect.stringContaining('required') as unknown }],
      });
      const future = await move(staff, id, 3, 'admitted', undefined, { admittedOn: '2999-01-01' });
      expect(body(future)).toMatchObject({ status: 400, errors: [{ path: ['body', 'admittedOn'], message: 'must not be in the future' }] });
      const badDay = await move(staff, id, 3, 'admitted', undefined, { admittedOn: '2026-02-30' });
      expect(badDay.statusCode).toBe(400);
      const admitted = await move(staff, id, 3, 'admitted');
      expect(body(admitted)).toMatchObject({ status: 'admitted', admittedOn: today(), hoursToAdmission: 0 });
    });

    it('lets the referring side close the other open referrals as admitted elsewhere, and the other programs see it', async () => {
      const group = body(await referWith([programs[0] as string, programs[1] as string], {})).referrals as {
        id: string;
        programId: string;
      }[];
      const other = group.find((r) => r.programId === programs[1]) as { id: string };
      const closed = await move(navigator, other.id, 1, 'cancelled', ADMITTED_ELSEWHERE);
      expect(body(closed)).toMatchObject({ status: 'cancelled', reason: ADMITTED_ELSEWHERE });
      const otherStaff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [programs[1] as string])).token);
      expect(body(await otherStaff({ method: 'GET', url: `/api/v1/referrals/${other.id}` }))).toMatchObject({
        status: 'cancelled',
        reason: ADMITTED_ELSEWHERE,
      });
    });
  });
});
