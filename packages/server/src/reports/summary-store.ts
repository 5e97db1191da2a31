import type { SummaryReportView, WaitingTimeView } from '@carelevel/contract';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { median, percentile, type ValueCount } from './percentile.js';
import { WAIT_MILESTONES } from './referral-counts.js';
import { windowPeriods, type ReportWindow } from './report-window.js';

/** A clinician's override: a variance, not a gap in services. */
const CLINICAL_JUDGMENT = 'clinical-judgment';

/** A day period (YYYY-MM-DD) rather than a month (YYYY-MM): a month sorts among its own days. */
const DAY_LENGTH = 10;

/** PostgreSQL counts as bigint, which arrives as text; SQLite as a number. */
const n = (v: string | number | bigint): number => Number(v);

/** Counts summed by a key, in the key's order (an absent part last), as ORDER BY gave them before. */
function tally<R extends { count: number }>(
  rows: readonly R[],
  key: (r: R) => (string | null)[],
): { key: (string | null)[]; count: number }[] {
  const sums = new Map<string, { key: (string | null)[]; count: number }>();
  for (const r of rows) {
    const k = key(r);
    const id = JSON.stringify(k);
    const found = sums.get(id);
    if (found) found.count += r.count;
    else sums.set(id, { key: k, count: r.count });
  }
  const order = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return [...sums.values()].sort((a, b) => a.key.reduce((c, part, i) => c || order(part, b.key[i] ?? null), 0));
}

/** The waits of the window's referrals, from how many waited each number of hours; the rest have not yet. */
function waitingTime(counts: readonly ValueCount[], referrals: number): WaitingTimeView {
  const measured = counts.reduce((n, c) => n + c.count, 0);
  return { measured, notYet: referrals - measured, medianHours: median(counts), p90Hours: percentile(counts, 90) };
}

/**
 * Placements, variance (service gaps), referral outcomes and waiting times over a window; no names.
 * All of it is read from counts kept per day as records are written (migration 0121;
 * determination-counts.ts, referral-counts.ts), so a year's report reads a few thousand rows however
 * many people there are. Waits are counted to two significant figures (whole days exactly).
 */
export async function summaryReport(db: Db, w: ReportWindow): Promise<SummaryReportView> {
  const decided = (
    await db
      .selectFrom('determination_counts')
      .select(['chosen_level', 'indicated_level', 'variance_reason', (eb) => eb.fn.sum<number | string>('count').as('count')])
      .where('day', '>=', w.from)
      .where('day', '<=', w.to)
      .groupBy(['chosen_level', 'indicated_level', 'variance_reason'])
      .execute()
  )
    .map((r) => ({ chosen: r.chosen_level, indicated: r.indicated_level, reason: r.variance_reason || null, count: n(r.count) }))
    .filter((r) => r.count > 0);
  const placements = tally(decided, (r) => [r.chosen]);
  const varied = decided.filter((r) => r.chosen !== r.indicated);
  const byReason = tally(varied, (r) => [r.reason]);
  const byLevels = tally(varied, (r) => [r.indicated, r.chosen]);
  const byStatus = (
    await db
      .selectFrom('referral_counts')
      .select(['status', (eb) => eb.fn.sum<number | string>('count').as('count')])
      .where('day', '>=', w.from)
      .where('day', '<=', w.to)
      .groupBy('status')
      .orderBy('status')
      .execute()
  )
    .map((r) => ({ status: r.status, count: n(r.count) }))
    .filter((r) => r.count > 0);
  // Whole months from the month rows, the days at the window's ends from the day rows.
  const { months, dayRanges } = windowPeriods(w);
  const waits = (
    await db
      .selectFrom('referral_wait_counts')
      .select(['milestone', 'hours', (eb) => eb.fn.sum<number | string>('count').as('count')])
      .where((eb) =>
        eb.or([
          ...(months.length > 0 ? [eb('period', 'in', [...months])] : []),
          ...dayRanges.map(([first, last]) =>
            eb.and([eb('period', '>=', first), eb('period', '<=', last), eb(sql<number>`length(period)`, '=', DAY_LENGTH)]),
          ),
        ]),
      )
      .groupBy(['milestone', 'hours'])
      .execute()
  ).map((r) => ({ milestone: r.milestone, value: r.hours, count: n(r.count) }));
  const waited = (milestone: string) => waits.filter((r) => r.milestone === milestone && r.count > 0);
  const sum = (rows: readonly { count: number }[]): number => rows.reduce((s, r) => s + r.count, 0);
  const referrals = sum(byStatus);
  return {
    from: w.from,
    to: w.to,
    placements: { total: sum(placements), byChosenLevel: placements.map((r) => ({ level: r.key[0] ?? '', count: r.count })) },
    variance: {
      total: sum(byReason),
      serviceGaps: sum(byReason.filter((r) => r.key[0] !== CLINICAL_JUDGMENT)),
      byReason: byReason.map((r) => ({ reason: r.key[0] ?? null, count: r.count })),
      byLevels: byLevels.map((r) => ({ indicatedLevel: r.key[0] ?? '', chosenLevel: r.key[1] ?? '', count: r.count })),
    },
    referrals: { total: referrals, byStatus },
    // The admission wait counts whole days to the admission day the program recorded, where it did:
    // real days, not the time between two clicks (referral-timing.ts).
    waiting: {
      toAcknowledge: waitingTime(waited(WAIT_MILESTONES.acknowledged), referrals),
      toAdmission: waitingTime(waited(WAIT_MILESTONES.admitted), referrals),
    },
  };
}
