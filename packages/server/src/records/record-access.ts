import { DomainError, mayAct, type ConsentShare, type FieldPath, type RoleGroup } from '@carelevel/contract';
import type { Principal } from '../accounts/principal.js';
import { appendAudit, type AuditEntry } from '../audit/audit-store.js';
import { liveConsents } from '../consents/consent-store.js';
import { personExists } from '../people/person-store.js';
import type { Db } from '../db/db.js';

/** A part of a person's record, as a consent shares it. */
export type RecordPart = ConsentShare;

/**
 * The one door to a person's record for one request: who is asking and from where, the checks that
 * decide whether they may, and the audit log. Every read and write of a person's data goes through
 * it, so the audit row is written on success (in the same transaction as a write) and on denial, and
 * no handler can forget either. Built per request from the caller (`req.records`).
 */
export class RecordAccess {
  constructor(
    readonly db: Db,
    readonly caller: Principal,
    private readonly ip: string,
  ) {}

  /**
   * Whether the caller may act on this part of the person's record: the person exists; the caller's
   * role is in `roles`; program staff also need a live consent to one of their programs that shares
   * the part (42 CFR Part 2). A refusal of a record that exists is audited as `denied`.
   */
  async require(personId: string, part: RecordPart, roles: RoleGroup): Promise<void> {
    if (!(await personExists(this.db, personId))) throw new DomainError('not-found');
    if (this.caller.role === 'program-staff' && roles === 'signedIn') {
      if ((await this.readableParts(personId)).has(part)) return;
      await this.deny(part, personId, personId, 'no-consent');
    }
    if (!mayAct(this.caller.role, roles)) await this.deny(part, personId, personId, 'forbidden');
  }

  /** As `require`, for a write whose body names the person (a consent, a referral): a missing person is a field at fault. */
  async requireNamed(personId: string, part: RecordPart, roles: RoleGroup, field: FieldPath): Promise<void> {
    if (!(await personExists(this.db, personId))) throw new DomainError('invalid-request', [{ path: field, message: 'no such person' }]);
    await this.require(personId, part, roles);
  }

  /** For what names no one person (listing people, adding one): the caller's role alone decides. */
  requireRole(roles: RoleGroup): void {
    if (!mayAct(this.caller.role, roles)) throw new DomainError('forbidden');
  }

  /** The parts of the person's record the caller may read (program staff: what their live consents share). */
  async readableParts(personId: string): Promise<ReadonlySet<RecordPart>> {
    if (this.caller.role !== 'program-staff') return new Set(['demographics', 'assessments', 'timeline', 'aftercare']);
    const consents = await liveConsents(this.db, personId, this.caller.programs);
    return new Set(consents.flatMap((c) => c.shares));
  }

  /** Record the refusal (an attempt to reach a record is worth knowing about) and refuse. */
  async deny(entityType: string, entityId: string, personId: string, code: 'forbidden' | 'no-consent'): Promise<never> {
    await this.audit(this.db, [{ action: 'denied', entityType, entityId, personId }]);
    throw new DomainError(code);
  }

  /** Append audit rows as this caller: inside a write's transaction, or on their own for a read. */
  audit(db: Db, entries: readonly AuditEntry[]): Promise<void> {
    return appendAudit(db, entries, { actorId: this.caller.userId, ip: this.ip });
  }

  /** Read, then audit what was read, before the answer leaves. */
  async read<T>(load: (db: Db) => Promise<T>, audited: (found: T) => readonly AuditEntry[]): Promise<T> {
    const found = await load(this.db);
    await this.audit(this.db, audited(found));
    return found;
  }

  /** A write and its audit rows in one transaction: a change is never stored without its row. */
  write<T>(work: (tx: Db) => Promise<{ readonly result: T; readonly audit: readonly AuditEntry[] }>): Promise<T> {
    return this.db.transaction().execute(async (tx) => {
      const { result, audit } = await work(tx);
      await this.audit(tx, audit);
      return result;
    });
  }
}
