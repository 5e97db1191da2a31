import type { Kysely } from 'kysely';
import type { ReferralTransitionsTable, ServerTables } from '../storage/tables.js';

/**
 * Time to acknowledge and time to admission (product.md §5: "waiting is where people are lost"),
 * from the referral's own history: the first move to `received`, and the first to `admitted`.
 */
export interface ReferralTimings {
  readonly acknowledgedAt: string | null;
  readonly admittedAt: string | null;
  readonly hoursToAcknowledge: number | null;
  readonly hoursToAdmission: number | null;
}

export const ACKNOWLEDGED = 'received';
export const ADMITTED = 'admitted';

/** Hours between two ISO times, to two decimals. */
export const hoursBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 36_000) / 100;

export function timings(createdAt: string, acknowledgedAt: string | null, admittedAt: string | null): ReferralTimings {
  return {
    acknowledgedAt,
    admittedAt,
    hoursToAcknowledge: acknowledgedAt ? hoursBetween(createdAt, acknowledgedAt) : null,
    hoursToAdmission: admittedAt ? hoursBetween(createdAt, admittedAt) : null,
  };
}

const firstAt = (history: readonly ReferralTransitionsTable[], status: string): string | null =>
  history
    .filter((t) => t.to_status === status)
    .map((t) => t.at)
    .sort()[0] ?? null;

/** Timings of one referral whose history is already loaded. */
export const timingsFromHistory = (createdAt: string, history: readonly ReferralTransitionsTable[]): ReferralTimings =>
  timings(createdAt, firstAt(history, ACKNOWLEDGED), firstAt(history, ADMITTED));

/** The first acknowledgement and admission of many referrals at once (one grouped query, for lists). */
export async function firstMilestones(
  db: Kysely<ServerTables>,
  referralIds: readonly string[],
): Promise<Map<string, { acknowledgedAt: string | null; admittedAt: string | null }>> {
  const out = new Map<string, { acknowledgedAt: string | null; admittedAt: string | null }>();
  if (referralIds.length === 0) return out;
  const rows = await db
    .selectFrom('referral_transitions')
    .select(['referral_id', 'to_status', (eb) => eb.fn.min('at').as('first_at')])
    .where('referral_id', 'in', [...referralIds])
    .where('to_status', 'in', [ACKNOWLEDGED, ADMITTED])
    .groupBy(['referral_id', 'to_status'])
    .execute();
  for (const r of rows) {
    const m = out.get(r.referral_id) ?? { acknowledgedAt: null, admittedAt: null };
    if (r.to_status === ACKNOWLEDGED) m.acknowledgedAt = r.first_at;
    else m.admittedAt = r.first_at;
    out.set(r.referral_id, m);
  }
  return out;
}
