import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '@carelevel/engine/testing';
import {
  errorPaths,
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
import { recountReportCounts } from './report-recount.js';

const body = (r: { json(): unknown }) => r.json() as Record<string, unknown>;
const hours = (h: number): string => new Date(Date.parse('2026-03-03T08:00:00.000Z') + h * 3_600_000).toISOString();

describe.each(TEST_DIALECTS)('the admin summary report on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    const admin = await userWithToken(t.database, 'admin');
    api = asToken(s.app, admin.token);
    const db = t.database.db;
    const personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'Zelda', familyName: 'Quillfeather' } }))
      .id as string;
    // Four assessments indicating intensive outpatient; the level chosen and when, per assessment.
    const decisions: { chosen: string; reason?: string; note?: string; at: string }[][] = [
      [
        { chosen: 'outpatient', reason: 'not-available-nearby', at: '2026-03-01T10:00:00.000Z' },
        { chosen: 'intensive-outpatient', at: '2026-03-02T10:00:00.000Z' },
      ],
      [{ chosen: 'outpatient', reason: 'payer-denied', at: '2026-03-10T10:00:00.000Z' }],
      [{ chosen: 'partial-hospitalization', reason: 'person-wants-more-intensive', at: '2026-03-11T10:00:00.000Z' }],
      [{ chosen: 'outpatient', reason: 'payer-denied', at: '2025-01-01T10:00:00.000Z' }],
      // A clinician's override: a variance, but not a service gap.
      [{ chosen: 'outpatient', reason: 'clinical-judgment', note: 'Stable for years between lapses', at: '2026-03-12T10:00:00.000Z' }],
    ];
    for (const list of decisions) {
      const a = body(await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } }));
      for (const d of list) {
        const res = body(
          await api({
            method: 'POST',
            url: `/api/v1/people/${personId}/assessments/${a.id as string}/determination`,
            payload: { chosenLevel: d.chosen, ...(d.reason ? { varianceReason: d.reason } : {}), ...(d.note ? { note: d.note } : {}) },
          }),
        );
        await db
          .updateTable('determinations')
          .set({ decided_at: d.at })
          .where('id', '=', res.id as string)
          .execute();
      }
    }
    // Dated behind the app's back, so the kept counts are rebuilt from the records.
    await recountReportCounts(db);
    const programId = (await db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) });
    const refer = (times: Parameters<typeof referralWithHistory>[5]) =>
      referralWithHistory(s.app, t.database, admin.token, personId, programId, times);
    await refer({ requested: hours(0), received: hours(2), accepted: hours(3), admitted: hours(48) });
    await refer({ requested: hours(0), received: hours(4) });
    await refer({ requested: hours(0), received: hours(10), accepted: hours(20), admitted: hours(100) });
    await refer({ requested: hours(0) });
    await refer({ requested: '2025-06-01T00:00:00.000Z', received: '2025-06-20T00:00:00.000Z' });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const summary = (query: string) => api({ method: 'GET', url: `/api/v1/reports/summary${query}` });

  it('counts placements, variance, referral outcomes and waiting times over the window', async () => {
    const res = await summary('?from=2026-03-01&to=2026-03-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      placements: {
        total: 4,
        byChosenLevel: [
          { level: 'intensive-outpatient', count: 1 },
          { level: 'outpatient', count: 2 },
          { level: 'partial-hospitalization', count: 1 },
        ],
      },
      variance: {
        total: 3,
        serviceGaps: 2,
        byReason: [
          { reason: 'clinical-judgment', count: 1 },
          { reason: 'payer-denied', count: 1 },
          { reason: 'person-wants-more-intensive', count: 1 },
        ],
        byLevels: [
          { indicatedLevel: 'intensive-outpatient', chosenLevel: 'outpatient', count: 2 },
          { indicatedLevel: 'intensive-outpatient', chosenLevel: 'partial-hospitalization', count: 1 },
        ],
      },
      referrals: {
        total: 4,
        byStatus: [
          { status: 'admitted', count: 2 },
          { status: 'received', count: 1 },
          { status: 'requested', count: 1 },
        ],
      },
      waiting: {
        toAcknowledge: { measured: 3, notYet: 1, medianHours: 4, p90Hours: 10 },
        // Whole days to the recorded admission day: 2 days and 4 days.
        toAdmission: { measured: 2, notYet: 2, medianHours: 72, p90Hours: 96 },
      },
    });
  });

  it('reads the same waits from the days at the ends of a window as from whole months', async () => {
    const waits = async (query: string) => body(await summary(query)).waiting;
    const march = await waits('?from=2026-03-01&to=2026-03-31');
    // Days only (3 to 10 March); whole March and the end of February; days spanning the month's end.
    expect(await waits('?from=2026-03-03&to=2026-03-10')).toEqual(march);
    expect(await waits('?from=2026-02-15&to=2026-03-31')).toEqual(march);
    expect(await waits('?from=2026-02-20&to=2026-03-04')).toEqual(march);
    expect(body(await summary('?from=2026-03-04&to=2026-03-31')).waiting).toMatchObject({ toAcknowledge: { measured: 0, notYet: 0 } });
  });

  it('names no one', async () => {
    const text = (await summary('?from=2025-01-01&to=2026-12-31')).body;
    expect(text).not.toMatch(/Zelda|Quillfeather/);
    expect(JSON.parse(text)).toMatchObject({ placements: { total: 5 }, referrals: { total: 5 } });
  });

  it('covers the last 90 days by default', async () => {
    const r = body(await summary(''));
    const days = (Date.parse(r.to as string) - Date.parse(r.from as string)) / 86_400_000;
    expect(days).toBe(89);
  });

  it('names the query field at fault', async () => {
    const path = async (q: string) => errorPaths(await summary(q));
    expect(await path('?from=2026-03-31&to=2026-03-01')).toEqual(['query.to']);
    expect(await path('?from=2022-01-01&to=2026-03-01')).toEqual(['query.from']);
    expect(await path('?from=March')).toEqual(['query.from']);
  });
});
