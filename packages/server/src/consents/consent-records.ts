import { DomainError, type ConsentTerms, type ConsentView, type NewConsent } from '@carelevel/contract';
import type { ConsentsTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { newId, now } from '../db/ids.js';
import type { RecordAccess } from '../records/record-access.js';
import { endOpenReferrals } from '../referrals/referral-store.js';
import { findConsent, insertConsents, listConsents, revokeConsent, toConsentView } from './consent-store.js';

/**
 * A consent's rows, one per program, each naming its recipient (42 CFR Part 2 asks a consent to name
 * the recipient, the purpose, what is disclosed and when it ends). `at` names the field the terms sat
 * under, for the one check made here: a consent must end in the future.
 */
export function consentRows(
  personId: string,
  programIds: readonly string[],
  terms: ConsentTerms,
  byUser: string,
  at: readonly string[],
): ConsentsTable[] {
  const expiresAt = new Date(terms.expiresAt).toISOString();
  const created = now();
  if (expiresAt <= created) throw new DomainError('invalid-request', [{ path: [...at, 'expiresAt'], message: 'must be in the future' }]);
  return programIds.map((programId) => ({
    id: newId(),
    person_id: personId,
    program_id: programId,
    purpose: terms.purpose,
    shares: JSON.stringify(terms.shares),
    expires_at: expiresAt,
    created_by: byUser,
    created_at: created,
    revoked_at: null,
    revoked_by: null,
  }));
}

/** A person's consents to disclose to programs: recorded, revoked, listed. */
export class ConsentRecords {
  constructor(private readonly access: RecordAccess) {}

  async record(c: NewConsent): Promise<ConsentView> {
    this.access.requireRole('careTeam');
    const [row] = consentRows(c.personId, [c.programId], c, this.access.caller.userId, ['body']);
    if (!row) throw new Error('one program gives one consent row');
    await this.access.requireNamed(c.personId, 'demographics', 'careTeam', ['body', 'personId']);
    return this.access.write(async (tx) => {
      await insertConsents(tx, [row]);
      return {
        result: toConsentView(row),
        audit: [{ action: 'create', entityType: 'consent', entityId: row.id, personId: row.person_id }],
      };
    });
  }

  /** Revoke: nothing more is disclosed from now on, and its open referrals are cancelled in the same transaction. */
  async revoke(id: string): Promise<ConsentView> {
    this.access.requireRole('careTeam');
    const by = this.access.caller.userId;
    return this.access.write(async (tx: Db) => {
      const c = await findConsent(tx, id);
      if (!c) throw new DomainError('not-found');
      if (c.revoked_at !== null) return { result: toConsentView(c), audit: [] };
      const at = now();
      await revokeConsent(tx, c.id, by, at);
      const ended = await endOpenReferrals(tx, c.id, by, at);
      const revoked = { ...c, revoked_at: at, revoked_by: by };
      return {
        result: toConsentView(revoked),
        audit: [
          { action: 'revoke', entityType: 'consent', entityId: c.id, personId: c.person_id },
          ...ended.map((r) => ({ action: 'transition' as const, entityType: 'referral', entityId: r.id, personId: r.person_id })),
        ],
      };
    });
  }

  async list(personId: string): Promise<ConsentView[]> {
    this.access.requireRole('careTeam');
    const rows = await this.access.read(
      (db) => listConsents(db, personId),
      (found) => found.map((c) => ({ action: 'list', entityType: 'consent', entityId: c.id, personId: c.person_id })),
    );
    return rows.map((c) => toConsentView(c));
  }
}
