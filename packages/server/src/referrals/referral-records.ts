import {
  checkMove,
  checkMoveDates,
  DomainError,
  failIf,
  type NewReferral,
  type ReferralGroup,
  type ReferralListFilter,
  type ReferralMove,
  type ReferralPage,
  type ReferralView,
  type ReferralDelivery,
} from '@carelevel/contract';
import { knownProgramIds } from '@carelevel/directory';
import type { ReferralsTable } from '@carelevel/storage';
import { consentRows } from '../consents/consent-records.js';
import { consentShares, insertConsents, liveConsentPairs, liveConsents } from '../consents/consent-store.js';
import type { Db } from '../db/db.js';
import { newId, now } from '../db/ids.js';
import { readKeyset } from '../db/keyset.js';
import type { RecordAccess } from '../records/record-access.js';
import { deliveriesOf, enqueueDeliveries } from '../fhir-loop/delivery-store.js';
import { deliveryView } from '../fhir-loop/delivery-view.js';
import { asCallerMaySee, mayReach } from './referral-disclosure.js';
import { NOT_YET_REACHED } from './referral-milestones.js';
import {
  findReferral,
  handoffFor,
  insertReferrals,
  listReferrals,
  moveReferral,
  referralHistory,
  toReferralView,
} from './referral-store.js';

const withDelivery = (view: ReferralView, delivery: ReferralDelivery | undefined): ReferralView =>
  delivery ? { ...view, delivery } : view;

/** Closed-loop referrals: made with their consents, listed, read and moved along by the receiving program. */
export class ReferralRecords {
  constructor(private readonly access: RecordAccess) {}

  /**
   * Refer a person to one to three programs. Each program needs a live consent: already recorded, or
   * given with the referral (`consent`), recorded for every program in the same transaction as the
   * referrals, so a referral that is refused leaves no consent behind, and one that is made has its
   * consents.
   */
  async create(body: NewReferral): Promise<ReferralGroup> {
    this.access.requireRole('careTeam');
    const { personId, programIds } = body;
    const by = this.access.caller.userId;
    const given = body.consent ? consentRows(personId, programIds, body.consent, by, ['body', 'consent']) : [];
    await this.access.requireNamed(personId, 'demographics', 'careTeam', ['body', 'personId']);
    const known = await knownProgramIds(this.access.db, programIds);
    const unknown = programIds.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: ['body', 'programIds', i], message: 'is not in the directory' }],
    );
    failIf('unknown-program', unknown);
    return this.access.write(async (tx: Db) => {
      await insertConsents(tx, given);
      const consents = [...given.map((c) => ({ id: c.id, program_id: c.program_id })), ...(await liveConsents(tx, personId, programIds))];
      const consentFor = (programId: string): string | undefined => consents.find((c) => c.program_id === programId)?.id;
      failIf(
        'consent-required',
        programIds.flatMap((id, i) =>
          consentFor(id) ? [] : [{ path: ['body', 'programIds', i], message: 'has no live consent from this person' }],
        ),
      );
      const at = now();
      const groupId = newId();
      const handoff = JSON.stringify(await handoffFor(tx, personId, by));
      const rows: ReferralsTable[] = programIds.map((programId) => ({
        id: newId(),
        group_id: groupId,
        person_id: personId,
        program_id: programId,
        consent_id: consentFor(programId) ?? '',
        level: body.level ?? null,
        status: 'requested',
        reason: null,
        version: 1,
        created_by: by,
        created_at: at,
        updated_at: at,
        note: body.note || null,
        urgency: body.urgency ?? 'routine',
        handoff_json: handoff,
        expected_admission_on: null,
        admitted_on: null,
        ...NOT_YET_REACHED,
      }));
      await insertReferrals(tx, rows);
      // A program with its own FHIR system gets the referral there too; queued with the referral, never apart.
      await enqueueDeliveries(tx, rows, at);
      return {
        result: { groupId, referrals: rows.map((r) => toReferralView(r)) },
        audit: [
          ...given.map((c) => ({ action: 'create' as const, entityType: 'consent', entityId: c.id, personId })),
          ...rows.map((r) => ({ action: 'create' as const, entityType: 'referral', entityId: r.id, personId })),
        ],
      };
    });
  }

  /** Referrals by program, status or person; program staff see only their own programs'. */
  async list(q: ReferralListFilter): Promise<ReferralPage> {
    const { caller } = this.access;
    if (q.programId && !mayReach(caller, q.programId)) throw new DomainError('forbidden');
    const after = readKeyset(q.cursor, q.offset, ['query']);
    const { total, rows, nextCursor } = await this.access.read(
      (db) => listReferrals(db, { ...q, after, withinPrograms: caller.role === 'program-staff' ? caller.programs : undefined }),
      (found) => found.rows.map((r) => ({ action: 'list', entityType: 'referral', entityId: r.id, personId: r.person_id })),
    );
    const live = await liveConsentPairs(this.access.db, rows);
    const shares = await consentShares(
      this.access.db,
      rows.map((r) => r.consent_id),
    );
    const deliveries = await this.deliveriesFor(rows.map((r) => r.id));
    return {
      total,
      limit: q.limit,
      offset: q.offset,
      nextCursor,
      referrals: rows.map((r) =>
        withDelivery(asCallerMaySee(caller, toReferralView(r), live(r), shares.get(r.consent_id)), deliveries.get(r.id)),
      ),
    };
  }

  /** A referral and its history. */
  async read(id: string): Promise<ReferralView> {
    const r = await this.reachable(id);
    const history = await referralHistory(this.access.db, r.id);
    const live = (await liveConsentPairs(this.access.db, [r]))(r);
    const shares = (await consentShares(this.access.db, [r.consent_id])).get(r.consent_id);
    const delivery = (await this.deliveriesFor([r.id])).get(r.id);
    await this.access.audit(this.access.db, [{ action: 'read', entityType: 'referral', entityId: r.id, personId: r.person_id }]);
    return withDelivery(asCallerMaySee(this.access.caller, toReferralView(r, history), live, shares), delivery);
  }

  /** How the referrals are getting to programs' own systems: the referring side's concern, not the program's. */
  private async deliveriesFor(ids: readonly string[]): Promise<ReadonlyMap<string, ReferralDelivery>> {
    if (this.access.caller.role === 'program-staff') return new Map();
    return new Map([...(await deliveriesOf(this.access.db, ids))].map(([id, row]) => [id, deliveryView(row)]));
  }

  /** Move a referral read at version `expected` (If-Match). Program staff act on it only while the consent is live. */
  async move(id: string, expected: number, change: ReferralMove): Promise<ReferralView> {
    const { caller } = this.access;
    const seen = await this.reachable(id);
    // Moving a referral is acting on the person's information: not after the consent ends.
    if (caller.role === 'program-staff' && !(await liveConsentPairs(this.access.db, [seen]))(seen))
      await this.access.deny('referral', seen.id, seen.person_id, 'no-consent');
    return this.access.write(async (tx) => {
      const r = await findReferral(tx, id);
      if (!r) throw new DomainError('not-found');
      if (r.version !== expected) throw new DomainError('stale-version', [], `the referral is at version ${r.version}`);
      const from = toReferralView(r).status;
      const check = checkMove(from, change.status, caller.role, change.reason);
      if (!check.ok) throw new DomainError(check.code, [{ path: ['body', 'status'], message: check.message }]);
      failIf('invalid-request', checkMoveDates(change.status, change, r.created_at));
      const at = now();
      const dates = { expectedAdmissionOn: change.expectedAdmissionOn, admittedOn: change.admittedOn };
      const moved = await moveReferral(tx, r, { to: change.status, reason: change.reason, by: caller.userId, at, expected, ...dates });
      if (!moved) throw new DomainError('stale-version');
      return {
        result: toReferralView(moved, await referralHistory(tx, r.id)),
        audit: [{ action: 'transition', entityType: 'referral', entityId: r.id, personId: r.person_id }],
      };
    });
  }

  /** The referral, if the caller may reach it: program staff only their own programs' (a refusal is audited). */
  private async reachable(id: string): Promise<ReferralsTable> {
    const r = await findReferral(this.access.db, id);
    if (!r) throw new DomainError('not-found');
    if (!mayReach(this.access.caller, r.program_id)) await this.access.deny('referral', r.id, r.person_id, 'forbidden');
    return r;
  }
}
