import type { Kysely } from 'kysely';
import type { Principal } from '../accounts/roles.js';
import type { ServerTables } from '../storage/tables.js';
import type { ReferralView } from './referral-view.js';

type Pair = { readonly person_id: string; readonly program_id: string };
const key = (r: Pair): string => `${r.person_id}|${r.program_id}`;

/** Which (person, program) pairs among the rows have a live consent now: one query for a whole list. */
export async function liveConsentPairs(db: Kysely<ServerTables>, rows: readonly Pair[], at = new Date()): Promise<ReadonlySet<string>> {
  if (rows.length === 0) return new Set();
  const found = await db
    .selectFrom('consents')
    .select(['person_id', 'program_id'])
    .where('person_id', 'in', [...new Set(rows.map((r) => r.person_id))])
    .where('program_id', 'in', [...new Set(rows.map((r) => r.program_id))])
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.toISOString())
    .execute();
  return new Set(found.map(key));
}

export const consentIsLive = (live: ReadonlySet<string>, r: Pair): boolean => live.has(key(r));

/**
 * A referral as program staff may see it once the person's consent to their program is revoked or has
 * expired (42 CFR Part 2: what was disclosed stays disclosed, nothing new is). They keep what they
 * already had — that the referral exists, its dates and where it stands — but not its clinical
 * content (the level of care, reasons), which the workspace would otherwise show them again.
 */
export function asPrincipalMaySee(p: Principal, view: ReferralView, live: boolean): ReferralView {
  if (live || p.role !== 'program-staff') return { ...view, consentLive: live };
  return { ...view, consentLive: false, level: null, reason: null, transitions: view.transitions.map((t) => ({ ...t, reason: null })) };
}
