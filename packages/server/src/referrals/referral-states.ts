import type { Role } from '../accounts/roles.js';

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

const NEXT: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
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

/** The FHIR Task.status each state maps to, for export. */
export const FHIR_TASK_STATUS: Readonly<Record<ReferralState, string>> = {
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

/** Only the sender's side cancels; the receiving program moves everything else. */
const SENDER_MOVES: readonly ReferralState[] = ['cancelled'];

export type TransitionCheck =
  { readonly ok: true } | { readonly ok: false; readonly code: 'invalid-transition' | 'forbidden'; readonly message: string };

export function checkTransition(from: ReferralState, to: ReferralState, role: Role, reason: string | undefined): TransitionCheck {
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from];
    return {
      ok: false,
      code: 'invalid-transition',
      message: allowed.length ? `from ${from} can move only to ${allowed.join(', ')}` : `${from} is final`,
    };
  }
  const senderMove = SENDER_MOVES.includes(to);
  if (role !== 'admin' && (role === 'program-staff') === senderMove) {
    return {
      ok: false,
      code: 'forbidden',
      message: senderMove ? 'only the referring side cancels a referral' : 'only the receiving program moves a referral to this state',
    };
  }
  if (to === 'declined' && !reason?.trim()) return { ok: false, code: 'invalid-transition', message: 'declining needs a reason' };
  return { ok: true };
}

export const nextStates = (from: ReferralState): readonly ReferralState[] => NEXT[from];
