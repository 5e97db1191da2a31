import { referralTiming } from '@carelevel/contract';
import type { ReferralCountsTable, ReferralsTable, ReferralWaitCountsTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { addToCounts } from './kept-counts.js';

/** What a referral is counted by. */
export type CountedReferral = Pick<ReferralsTable, 'created_at' | 'status' | 'admitted_on' | 'acknowledged_at' | 'admitted_at'>;

/** The milestones whose waits the report measures (`referral_wait_counts.milestone`). */
export const WAIT_MILESTONES = { acknowledged: 'acknowledged', admitted: 'admitted' } as const;

/**
 * A wait as the report counts it. Whole days (an admission measured to the day the program recorded)
 * stay as they are; any other wait keeps two significant figures (tenths of an hour under an hour):
 * 4.5 h, 27 h, 130 h. A planner reads a median to that precision, and it bounds the distinct waits a
 * day can have to a few hundred, however many people are referred: that is what lets a year's report
 * read a few thousand rows at any size.
 */
export const reportedHours = (hours: number): number =>
  hours % 24 === 0 ? hours : hours < 1 ? Math.round(hours * 10) / 10 : Number(hours.toPrecision(2));

/**
 * What one referral adds to the counts (`sign` -1 takes it away): its status on the day it was sent,
 * and each wait it has, under that day and under its month.
 */
function counting(r: CountedReferral, sign: number): { statuses: ReferralCountsTable[]; waits: ReferralWaitCountsTable[] } {
  const [day, month] = [r.created_at.slice(0, 10), r.created_at.slice(0, 7)];
  const timing = referralTiming(r.created_at, r.acknowledged_at, r.admitted_at, r.admitted_on);
  const waited = [
    [WAIT_MILESTONES.acknowledged, timing.hoursToAcknowledge],
    [WAIT_MILESTONES.admitted, timing.hoursToAdmission],
  ] as const;
  const waits = waited.flatMap(([milestone, hours]) =>
    hours === null ? [] : [day, month].map((period) => ({ period, milestone, hours: reportedHours(hours), count: sign })),
  );
  return { statuses: [{ day, status: r.status, count: sign }], waits };
}

/** The kept counts of these referrals as they are (`before` taken away, `after` added). */
export function referralCounting(changes: readonly { readonly before?: CountedReferral; readonly after: CountedReferral }[]): {
  statuses: ReferralCountsTable[];
  waits: ReferralWaitCountsTable[];
} {
  const parts = changes.flatMap((c) => [counting(c.after, 1), ...(c.before ? [counting(c.before, -1)] : [])]);
  return { statuses: parts.flatMap((p) => p.statuses), waits: parts.flatMap((p) => p.waits) };
}

/**
 * Keep the counts as referrals are sent (no `before`) or move (`before` and `after`), in the
 * transaction that writes them: a move takes the referral from its old status (and wait, when the
 * move reached a milestone) and gives it to the new.
 */
export async function countReferrals(
  db: Db,
  changes: readonly { readonly before?: CountedReferral; readonly after: CountedReferral }[],
): Promise<void> {
  const { statuses, waits } = referralCounting(changes);
  await addToCounts(db, 'referral_counts', statuses);
  await addToCounts(db, 'referral_wait_counts', waits);
}
