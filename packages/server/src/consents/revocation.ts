import type { Kysely } from 'kysely';
import type { AuditEntry } from '../audit/audit-log.js';
import { newId } from '../storage/ids.js';
import type { ServerTables } from '../storage/tables.js';

/** A referral still under way: the program would go on receiving and acting on the person's information. */
export const OPEN_REFERRAL_STATES = ['requested', 'received', 'waitlisted', 'accepted'] as const;

/** Stored as the reason of a referral the person's revocation ended. */
export const REVOKED_REASON = 'consent revoked';

/**
 * 42 CFR Part 2 (§ 2.31): a patient may revoke a consent at any time, except to the extent that a
 * program has already acted on it. What was disclosed before stays disclosed; nothing new may be.
 * An open referral made under the consent is therefore cancelled with the revocation, in the same
 * transaction, so the receiving program gets no further word about the person through it. Referrals
 * already admitted, completed, declined or ended stay as they are: the program acted on them.
 * Returns the audit entries for the referrals it ended.
 */
export async function endOpenReferrals(tx: Kysely<ServerTables>, consentId: string, byUser: string, at: string): Promise<AuditEntry[]> {
  const open = await tx
    .selectFrom('referrals')
    .selectAll()
    .where('consent_id', '=', consentId)
    .where('status', 'in', [...OPEN_REFERRAL_STATES])
    .execute();
  for (const r of open) {
    await tx
      .updateTable('referrals')
      .set({ status: 'cancelled', reason: REVOKED_REASON, version: r.version + 1, updated_at: at })
      .where('id', '=', r.id)
      .execute();
    await tx
      .insertInto('referral_transitions')
      .values({
        id: newId(),
        referral_id: r.id,
        from_status: r.status,
        to_status: 'cancelled',
        reason: REVOKED_REASON,
        by_user: byUser,
        at,
      })
      .execute();
  }
  return open.map((r) => ({ action: 'transition', entityType: 'referral', entityId: r.id, personId: r.person_id }));
}
