import { mayAct, type Role } from '../access/roles.js';

/**
 * A closed-loop referral, mirroring FHIR R4 Task.status for referrals: requested → received →
 * accepted | rejected ("declined") | on-hold ("waitlisted") → in-progress ("admitted") → completed;
 * cancelled by the sender, or no-show after acceptance.
 */
export const REFERRAL_STATES = [
  'requested',
  'received',
  'accepted',
  'declined',
  'waitlisted',
  'admitted',
  'completed',
  'cancelled',
  'no-show',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const isReferralState = (value: unknown): value is ReferralState => (REFERRAL_STATES as readonly unknown[]).includes(value);

/** Where a referral may go next. */
export const REFERRAL_MOVES: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
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

/** A referral still under way: the program would go on receiving and acting on the person's information. */
export const OPEN_REFERRAL_STATES = ['requested', 'received', 'waitlisted', 'accepted'] as const satisfies readonly ReferralState[];

/** FHIR R4 Task.status codes a referral can be in. */
export type FhirTaskStatus =
  'requested' | 'received' | 'accepted' | 'rejected' | 'on-hold' | 'in-progress' | 'completed' | 'cancelled' | 'failed';

/** The FHIR Task.status each state maps to, for export. */
export const FHIR_TASK_STATUS: Readonly<Record<ReferralState, FhirTaskStatus>> = {
  requested: 'requested',
  received: 'received',
  accepted: 'accepted',
  declined: 'rejected',
  waitlisted: 'on-hold',
  admitted: 'in-progress',
  completed: 'completed',
  cancelled: 'cancelled',
  'no-show': 'failed',
};

/** Only the sender's side cancels; the receiving program moves everything else; an administrator may do either. */
const sideMay = (role: Role, to: ReferralState): boolean => mayAct(role, 'admins') || (role === 'program-staff') !== (to === 'cancelled');

/** The moves a role may make from a state now. */
export const movesFor = (from: ReferralState, role: Role): readonly ReferralState[] =>
  REFERRAL_MOVES[from].filter((to) => sideMay(role, to));

/** A referral that can still move. */
export const isOpen = (state: ReferralState): boolean => REFERRAL_MOVES[state].length > 0;

export type MoveCheck =
  { readonly ok: true } | { readonly ok: false; readonly code: 'invalid-transition' | 'forbidden'; readonly message: string };

/** Whether a role may move a referral from one state to another (with the reason a decline needs). */
export function checkMove(from: ReferralState, to: ReferralState, role: Role, reason: string | undefined): MoveCheck {
  const allowed = REFERRAL_MOVES[from];
  if (!allowed.includes(to))
    return {
      ok: false,
      code: 'invalid-transition',
      message: allowed.length ? `from ${from} can move only to ${allowed.join(', ')}` : `${from} is final`,
    };
  if (!sideMay(role, to))
    return {
      ok: false,
      code: 'forbidden',
      message:
        to === 'cancelled' ? 'only the referring side cancels a referral' : 'only the receiving program moves a referral to this state',
    };
  if (to === 'declined' && !reason?.trim()) return { ok: false, code: 'invalid-transition', message: 'declining needs a reason' };
  return { ok: true };
}
