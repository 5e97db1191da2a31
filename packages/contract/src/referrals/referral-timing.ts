/**
 * Time to acknowledge and time to admission: waiting is where people are lost between a referral and
 * care, so every referral shows both. Acknowledged is the first move to `received`, admitted the first
 * to `admitted`.
 */
export interface ReferralTiming {
  readonly acknowledgedAt: string | null;
  readonly admittedAt: string | null;
  readonly hoursToAcknowledge: number | null;
  readonly hoursToAdmission: number | null;
}

export const ACKNOWLEDGED = 'received';
export const ADMITTED = 'admitted';

/** Hours between two ISO times, to two decimals. */
export const hoursBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 36_000) / 100;

/** Whole days from the day a referral was sent (UTC) to the day the person was admitted, never below zero. */
export const daysToAdmission = (createdAt: string, admittedOn: string): number =>
  Math.max(0, Math.round((Date.parse(`${admittedOn}T00:00:00Z`) - Date.parse(`${createdAt.slice(0, 10)}T00:00:00Z`)) / 86_400_000));

/**
 * Hours from sending to admission. With the admission day the program recorded (`admittedOn`), that is
 * the whole days between the two days, so a move recorded later than the admission still measures the
 * real wait; older referrals without it fall back to when the move was recorded.
 */
export function hoursToAdmission(createdAt: string, admittedOn: string | null, admittedAt: string | null): number | null {
  if (admittedOn) return daysToAdmission(createdAt, admittedOn) * 24;
  return admittedAt ? hoursBetween(createdAt, admittedAt) : null;
}

export function referralTiming(
  createdAt: string,
  acknowledgedAt: string | null,
  admittedAt: string | null,
  admittedOn: string | null = null,
): ReferralTiming {
  return {
    acknowledgedAt,
    admittedAt,
    hoursToAcknowledge: acknowledgedAt ? hoursBetween(createdAt, acknowledgedAt) : null,
    hoursToAdmission: hoursToAdmission(createdAt, admittedOn, admittedAt),
  };
}

/** The first time a history reached a state, or null. */
export const firstReached = (history: readonly { readonly to: string; readonly at: string }[], state: string): string | null =>
  history
    .filter((t) => t.to === state)
    .map((t) => t.at)
    .sort()[0] ?? null;
