import { mayAct, type Role } from '../access/roles.js';
import type { FieldIssue } from '../problems/field-issue.js';

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

/** How soon the person needs a place, as the referring clinician judges it. */
export const REFERRAL_URGENCIES = ['routine', 'soon', 'urgent'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** The reason given when the referring side closes the other open referrals after one program admits the person. */
export const ADMITTED_ELSEWHERE = 'admitted elsewhere';

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

/** The latest day anyone on Earth may call today, at a moment: UTC plus 14 hours (Kiribati). */
const latestToday = (at: Date): string => new Date(at.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/**
 * The dates a move carries: an admission must say the day the person was admitted (`admittedOn`, not
 * in the future, not before the referral was sent); accepting may say the day the program expects to
 * admit them (`expectedAdmissionOn`, not before the referral was sent). Neither belongs on another move.
 * Every issue at once, each naming its field.
 */
export function checkMoveDates(
  to: ReferralState,
  dates: { readonly admittedOn?: string | undefined; readonly expectedAdmissionOn?: string | undefined },
  sentAt: string,
  at = new Date(),
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sentOn = sentAt.slice(0, 10);
  const { admittedOn, expectedAdmissionOn } = dates;
  if (to === 'admitted') {
    if (!admittedOn)
      issues.push({ path: ['body', 'admittedOn'], message: 'is required to record an admission: the day the person was admitted' });
    else if (admittedOn > latestToday(at)) issues.push({ path: ['body', 'admittedOn'], message: 'must not be in the future' });
    else if (admittedOn < sentOn)
      issues.push({ path: ['body', 'admittedOn'], message: `must not be before the referral was sent (${sentOn})` });
  } else if (admittedOn) issues.push({ path: ['body', 'admittedOn'], message: 'goes only with a move to admitted' });
  if (expectedAdmissionOn) {
    if (to !== 'accepted') issues.push({ path: ['body', 'expectedAdmissionOn'], message: 'goes only with a move to accepted' });
    else if (expectedAdmissionOn < sentOn)
      issues.push({ path: ['body', 'expectedAdmissionOn'], message: `must not be before the referral was sent (${sentOn})` });
  }
  return issues;
}
