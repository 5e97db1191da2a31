import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstReached, referralTiming } from '@carelevel/contract';
import { devCase } from '@carelevel/engine/testing';
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
import { reportedHours } from './referral-counts.js';
import { recountReportCounts } from './report-recount.js';

type Json = Record<string, unknown>;

/**
 * The report reads counts the app keeps as it writes (migration 0121) rather than every record in the
 * window. These prove the kept numbers are the ones a full recount of the records gives, through the
 * API's own writes: determinations, corrections of them (also at once), and referral moves.
 */
describe.each(TEST_DIALECTS)('the counts kept for the admin report on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    personId = (await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Ada', familyName: 'Counter' } })).json<Json>()
      .id as string;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const assess = async (): Promise<{ id: string; indicated: string }> => {
    const a = (await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } })).json<Json>();
    return { id: a.id as string, indicated: a.indicatedLevel as string };
  };
  const otherThan = (level: string): string => (level === 'outpatient' ? 'intensive-outpatient' : 'outpatient');
  const decide = (assessmentId: string, payload: Json) =>
    api({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/determination`, payload });
  const kept = async () =>
    (await t.database.db.selectFrom('determination_counts').selectAll().where('count', '!=', 0).execute()).sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );

  const NOTHING_DIFFERENT = { determinationCounts: 0, referralCounts: 0, referralWaitCounts: 0, referralMilestones: 0 };

  it('counts a correction once, under the level it corrected to', async () => {
    const before = await kept();
    const a = await assess();
    const varied = otherThan(a.indicated);
    expect((await decide(a.id, { chosenLevel: varied, varianceReason: 'payer-denied' })).statusCode).toBeLessThan(300);
    expect((await decide(a.id, { chosenLevel: a.indicated })).statusCode).toBeLessThan(300);
    const b = await assess();
    const note = 'Stable for years between lapses';
    expect((await decide(b.id, { chosenLevel: varied, varianceReason: 'clinical-judgment', note })).statusCode).toBeLessThan(300);

    const today = new Date().toISOString().slice(0, 10);
    const added = (await kept()).filter((r) => !before.some((o) => JSON.stringify(o) === JSON.stringify(r)));
    expect(added).toEqual(
      expect.arrayContaining([
        { day: today, chosen_level: a.indicated, indicated_level: a.indicated, variance_reason: '', count: 1 },
        { day: today, chosen_level: varied, indicated_level: a.indicated, variance_reason: 'clinical-judgment', count: 1 },
      ]),
    );
    // The replaced determination's count went back to zero: no row of it is left counting.
    expect(await kept()).not.toContainEqual(expect.objectContaining({ chosen_level: varied, variance_reason: 'payer-denied' }));
    expect(await recountReportCounts(t.database.db)).toEqual(NOTHING_DIFFERENT);
  });

  it('stays equal to a recount when determinations on one assessment land at once', async () => {
    const a = await assess();
    const varied = otherThan(a.indicated);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        decide(a.id, i % 2 === 0 ? { chosenLevel: a.indicated } : { chosenLevel: varied, varianceReason: 'not-available-nearby' }),
      ),
    );
    expect(results.map((r) => r.statusCode).every((c) => c < 300)).toBe(true);
    expect(await recountReportCounts(t.database.db)).toEqual(NOTHING_DIFFERENT);
  });

  it('keeps on each referral its first acknowledgement and admission, and counts its status and waits as it moves', async () => {
    const programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) });
    const made = (await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [programId] } })).json<{
      referrals: Json[];
    }>().referrals[0];
    const id = made?.id as string;
    let version = 1;
    const today = new Date().toISOString().slice(0, 10);
    for (const move of [{ status: 'received' }, { status: 'accepted' }, { status: 'admitted', admittedOn: today }]) {
      const res = await api({ method: 'PATCH', url: `/api/v1/referrals/${id}`, headers: { 'if-match': `"${version}"` }, payload: move });
      expect(res.statusCode, res.body).toBe(200);
      version += 1;
    }
    const row = await t.database.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const history = await t.database.db
      .selectFrom('referral_transitions')
      .select(['to_status as to', 'at'])
      .where('referral_id', '=', id)
      .execute();
    const acknowledgedAt = firstReached(history, 'received');
    expect(acknowledgedAt).not.toBeNull();
    expect({ acknowledged_at: row.acknowledged_at, admitted_at: row.admitted_at }).toEqual({
      acknowledged_at: acknowledgedAt,
      admitted_at: firstReached(history, 'admitted'),
    });
    // The report's counts moved with the referral: a recount of every referral finds nothing to change.
    expect(await recountReportCounts(t.database.db)).toEqual(NOTHING_DIFFERENT);
    const timing = referralTiming(row.created_at, row.acknowledged_at, row.admitted_at, row.admitted_on);
    const waits = await t.database.db.selectFrom('referral_wait_counts').selectAll().execute();
    const acknowledged = reportedHours(timing.hoursToAcknowledge ?? -1);
    // Under its day and under its month.
    expect(waits).toEqual(
      expect.arrayContaining(
        [today, today.slice(0, 7)].flatMap((period) => [
          { period, milestone: 'acknowledged', hours: acknowledged, count: 1 },
          { period, milestone: 'admitted', hours: 0, count: 1 },
        ]),
      ),
    );
    // The list shows the same timings as the referral itself, without reading the history.
    const one = (await api({ method: 'GET', url: `/api/v1/referrals/${id}` })).json<Json>();
    const listed = (await api({ method: 'GET', url: `/api/v1/referrals?personId=${personId}` })).json<{ referrals: Json[] }>().referrals;
    const pick = (r: Json | undefined) => ({ a: r?.acknowledgedAt, b: r?.admittedAt, c: r?.hoursToAcknowledge, d: r?.hoursToAdmission });
    expect(pick(listed.find((r) => r.id === id))).toEqual(pick(one));
    expect(one.acknowledgedAt).toBe(acknowledgedAt);
  });

  it('moves the counts of the referrals a revoked consent cancels', async () => {
    const programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).offset(1).executeTakeFirstOrThrow()).id;
    const consent = (await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) })).json<Json>();
    await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [programId] } });
    const cancelled = async () =>
      (await t.database.db.selectFrom('referral_counts').selectAll().where('status', '=', 'cancelled').execute()).reduce(
        (sum, r) => sum + r.count,
        0,
      );
    const before = await cancelled();
    const revoked = await api({ method: 'POST', url: `/api/v1/consents/${consent.id as string}/revoke`, payload: {} });
    expect(revoked.statusCode, revoked.body).toBeLessThan(300);
    expect(await cancelled()).toBe(before + 1);
    expect(await recountReportCounts(t.database.db)).toEqual(NOTHING_DIFFERENT);
  });

  it('finds and repairs counts changed behind its back', async () => {
    const db = t.database.db;
    await db
      .updateTable('referral_counts')
      .set((eb) => ({ count: eb('count', '+', 5) }))
      .execute();
    await db.deleteFrom('determination_counts').execute();
    const found = await recountReportCounts(db);
    expect(found.referralCounts).toBeGreaterThan(0);
    expect(found.determinationCounts).toBeGreaterThan(0);
    expect(await recountReportCounts(db)).toEqual(NOTHING_DIFFERENT);
  });
});
