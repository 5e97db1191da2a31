import { ACKNOWLEDGED, ADMITTED, type ReferralState } from '@carelevel/contract';
import type { ReferralsTable } from '@carelevel/storage';

/** What a referral row keeps of its milestones (migration 0121), so lists and the report need no history. */
export type MilestoneColumns = Pick<ReferralsTable, 'acknowledged_at' | 'admitted_at'>;

/** A referral just sent has reached neither milestone. */
export const NOT_YET_REACHED: MilestoneColumns = { acknowledged_at: null, admitted_at: null };

/**
 * The milestones after a move to `to` at `at`: a milestone is the first move to its state, so a later
 * one (back to `received` after a hold, say) changes nothing.
 */
export const milestonesAfterMove = (r: MilestoneColumns, to: ReferralState, at: string): MilestoneColumns => ({
  acknowledged_at: r.acknowledged_at ?? (to === ACKNOWLEDGED ? at : null),
  admitted_at: r.admitted_at ?? (to === ADMITTED ? at : null),
});
