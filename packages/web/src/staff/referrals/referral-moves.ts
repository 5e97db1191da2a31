import type { ReferralStatus, Role } from '../api/types.js';

/** Where a referral may go next (the server's `referral-states.ts`; it checks again on every move). */
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  requested: ['received', 'cancelled'],
  received: ['accepted', 'declined', 'waitlisted', 'cancelled'],
  waitlisted: ['accepted', 'declined', 'cancelled'],
  accepted: ['admitted', 'no-show', 'cancelled'],
  admitted: ['completed'],
  declined: [],
  completed: [],
  cancelled: [],
  'no-show': [],
};

/** The moves a role may make now: the receiving program moves a referral along, the referring side only cancels. */
export function movesFor(status: ReferralStatus, role: Role): readonly ReferralStatus[] {
  return NEXT[status].filter((to) => role === 'admin' || (role === 'program-staff') === (to !== 'cancelled'));
}

export const isOpen = (status: ReferralStatus): boolean => NEXT[status].length > 0;
