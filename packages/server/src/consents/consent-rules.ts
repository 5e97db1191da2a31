import type { Kysely } from 'kysely';
import type { ServerTables } from '../storage/tables.js';

/** What a consent may disclose to the recipient program. */
export const SHARES = ['demographics', 'assessments', 'timeline', 'aftercare'] as const;
export type Share = (typeof SHARES)[number];

export const PURPOSES = ['referral', 'care-coordination', 'continuing-care'] as const;

/** Live consents (not revoked, not expired) from a person to any of the programs. */
export async function liveConsents(
  db: Kysely<ServerTables>,
  personId: string,
  programIds: readonly string[],
  at = new Date(),
): Promise<{ id: string; program_id: string; shares: Share[] }[]> {
  if (programIds.length === 0) return [];
  const rows = await db
    .selectFrom('consents')
    .select(['id', 'program_id', 'shares'])
    .where('person_id', '=', personId)
    .where('program_id', 'in', [...programIds])
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at.toISOString())
    .execute();
  return rows.map((r) => ({ id: r.id, program_id: r.program_id, shares: JSON.parse(r.shares) as Share[] }));
}
