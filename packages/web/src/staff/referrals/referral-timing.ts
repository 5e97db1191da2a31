import type { ReferralView } from '../api/types.js';

export interface Timing {
  readonly acknowledgedAt: string | null;
  readonly admittedAt: string | null;
  readonly hoursToAcknowledge: number | null;
  readonly hoursToAdmission: number | null;
}

const hoursBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 36_000) / 100;

const firstAt = (r: ReferralView, status: string): string | null =>
  r.transitions
    .filter((t) => t.to === status)
    .map((t) => t.at)
    .sort()[0] ?? null;

/**
 * Time to acknowledge (first move to `received`) and to admission (first move to `admitted`). The
 * server sends them on every read; an older server does not, so they are worked out from the
 * referral's own history when it is there.
 */
export function referralTiming(r: ReferralView): Timing {
  const acknowledgedAt = r.acknowledgedAt !== undefined ? r.acknowledgedAt : firstAt(r, 'received');
  const admittedAt = r.admittedAt !== undefined ? r.admittedAt : firstAt(r, 'admitted');
  return {
    acknowledgedAt,
    admittedAt,
    hoursToAcknowledge: r.hoursToAcknowledge ?? (acknowledgedAt ? hoursBetween(r.createdAt, acknowledgedAt) : null),
    hoursToAdmission: r.hoursToAdmission ?? (admittedAt ? hoursBetween(r.createdAt, admittedAt) : null),
  };
}
