import { ACKNOWLEDGED, ADMITTED, hoursBetween, hoursToAdmission, type SummaryReportView, type WaitingTimeView } from '@carelevel/contract';
import type { Db } from '../db/db.js';
import { median, percentile } from './percentile.js';
import type { ReportWindow } from './report-window.js';

/** A clinician's override: a variance, not a gap in services. */
const CLINICAL_JUDGMENT = 'clinical-judgment';

/** PostgreSQL counts as bigint, which arrives as text; SQLite as a number. */
const n = (v: string | number | bigint): number => Number(v);

/**
 * The determinations a report counts: decided in the window, and the latest on their assessment (a
 * corrected determination replaces the earlier one rather than counting twice).
 */
function latestDeterminations(db: Db, w: ReportWindow) {
  return db
    .selectFrom('determinations as d')
    .where('d.decided_at', '>=', w.start)
    .where('d.decided_at', '<', w.end)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('determinations as later')
            .select('later.id')
            .whereRef('later.assessment_id', '=', 'd.assessment_id')
            // A later determination was decided no earlier than this one, so inside the window or after
            // it: the rows before the window are never read for this check.
            .where('later.decided_at', '>=', w.start)
            .where((x) =>
              x.or([
                x('later.decided_at', '>', x.ref('d.decided_at')),
                x.and([x('later.decided_at', '=', x.ref('d.decided_at')), x('later.id', '>', x.ref('d.id'))]),
              ]),
            ),
        ),
      ),
    );
}

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

function waitingTime(waits: readonly (number | null)[]): WaitingTimeView {
  const hours = waits.filter((h) => h !== null);
  return { measured: hours.length, notYet: waits.length - hours.length, medianHours: median(hours), p90Hours: percentile(hours, 90) };
}

/** Placements, variance (service gaps), referral outcomes and waiting times over a window; no names. */
export async function summaryReport(db: Db, w: ReportWindow): Promise<SummaryReportView> {
  // One pass over the window's determinations, grouped finely enough for all three counts below.
  const decided = (
    await latestDeterminations(db, w)
      .select(['d.chosen_level', 'd.indicated_level', 'd.variance_reason', (eb) => eb.fn.countAll().as('count')])
      .groupBy(['d.chosen_level', 'd.indicated_level', 'd.variance_reason'])
      .execute()
  ).map((r) => ({ chosen: r.chosen_level, indicated: r.indicated_level, reason: r.variance_reason, count: n(r.count) }));
  const placements = tally(decided, (r) => [r.chosen]);
  const varied = decided.filter((r) => r.chosen !== r.indicated);
  const byReason = tally(varied, (r) => [r.reason]);
  const byLevels = tally(varied, (r) => [r.indicated, r.chosen]);
  const referrals = db.selectFrom('referrals as r').where('r.created_at', '>=', w.start).where('r.created_at', '<', w.end);
  const byStatus = await referrals
    .select(['r.status', (eb) => eb.fn.countAll().as('count')])
    .groupBy('r.status')
    .orderBy('r.status')
    .execute();
  const milestones = await referrals
    // Only the two moves the waits are measured to: the rest of each history is not read.
    .leftJoin('referral_transitions as t', (join) =>
      join.onRef('t.referral_id', '=', 'r.id').on('t.to_status', 'in', [ACKNOWLEDGED, ADMITTED]),
    )
    .select((eb) => [
      'r.id',
      'r.created_at',
      'r.admitted_on',
      eb.fn.min(eb.case().when('t.to_status', '=', ACKNOWLEDGED).then(eb.ref('t.at')).end()).as('acknowledged_at'),
      eb.fn.min(eb.case().when('t.to_status', '=', ADMITTED).then(eb.ref('t.at')).end()).as('admitted_at'),
    ])
    .groupBy(['r.id', 'r.created_at', 'r.admitted_on'])
    .execute();
  const sum = (rows: readonly { count: string | number | bigint }[]): number => rows.reduce((s, r) => s + n(r.count), 0);
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
    referrals: { total: sum(byStatus), byStatus: byStatus.map((r) => ({ status: r.status, count: n(r.count) })) },
    waiting: {
      toAcknowledge: waitingTime(milestones.map((m) => (m.acknowledged_at ? hoursBetween(m.created_at, m.acknowledged_at) : null))),
      // The admission day the program recorded, where it did: real days, not the time between two clicks.
      toAdmission: waitingTime(milestones.map((m) => hoursToAdmission(m.created_at, m.admitted_on, m.admitted_at ?? null))),
    },
  };
}
