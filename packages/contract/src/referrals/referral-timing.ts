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

export function referralTiming(createdAt: string, acknowledgedAt: string | null, admittedAt: string | null): ReferralTiming {
  return {
    acknowledgedAt,
    admittedAt,
    hoursToAcknowledge: acknowledgedAt ? hoursBetween(createdAt, acknowledgedAt) : null,
    hoursToAdmission: admittedAt ? hoursBetween(createdAt, admittedAt) : null,
  };
}

/** The first time a history reached a state, or null. */
export const firstReached = (history: readonly { readonly to: string; readonly at: string }[], state: string): string | null =>
  history
    .filter((t) => t.to === state)
    .map((t) => t.at)
    .sort()[0] ?? null;
