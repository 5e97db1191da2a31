import {
  FHIR_TASK_STATUS,
  OPEN_REFERRAL_STATES,
  REFERRAL_STATES,
  REFERRAL_URGENCIES,
  referralHandoff,
  referralTiming,
  type ReferralHandoff,
  type ReferralState,
  type ReferralView,
} from '@carelevel/contract';
import { isCareCase, isRecommendation } from '@carelevel/engine';
import type { AssessmentsTable, DeterminationsTable, ReferralsTable, ReferralTransitionsTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { newId } from '../db/ids.js';
import { afterKeyset, keysetPage, type Keyset } from '../db/keyset.js';
import { queuePeerCancellation } from '../fhir-loop/delivery-store.js';
import { countReferrals } from '../reports/referral-counts.js';
import { milestonesAfterMove } from './referral-milestones.js';
import { matches, storedDocument, storedLevel, storedOneOf } from '../db/stored.js';

const isHandoff = matches(referralHandoff);

const state = (value: string, column: string): ReferralState => storedOneOf(REFERRAL_STATES, value, column);

/**
 * A referral as the API shows it, with its history when loaded (lists leave it out). Its timings come
 * from the milestones kept on its row.
 */
export function toReferralView(r: ReferralsTable, history: readonly ReferralTransitionsTable[] = []): ReferralView {
  const status = state(r.status, 'referrals.status');
  const transitions = history.map((t) => ({
    from: t.from_status === null ? null : state(t.from_status, 'referral_transitions.from_status'),
    to: state(t.to_status, 'referral_transitions.to_status'),
    reason: t.reason,
    by: t.by_user,
    at: t.at,
  }));
  return {
    id: r.id,
    groupId: r.group_id,
    personId: r.person_id,
    programId: r.program_id,
    consentId: r.consent_id,
    level: r.level === null ? null : storedLevel(r.level, 'referrals.level'),
    status,
    fhirTaskStatus: FHIR_TASK_STATUS[status],
    reason: r.reason,
    note: r.note,
    urgency: storedOneOf(REFERRAL_URGENCIES, r.urgency, 'referrals.urgency'),
    expectedAdmissionOn: r.expected_admission_on,
    admittedOn: r.admitted_on,
    handoff: r.handoff_json === null ? null : storedDocument(r.handoff_json, isHandoff, 'referrals.handoff_json'),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    transitions,
    ...referralTiming(r.created_at, r.acknowledged_at, r.admitted_at, r.admitted_on),
  };
}

/**
 * What intake needs, from the person's latest determination and the assessment it was made on (else
 * the newest assessment): the levels, withdrawal management, payment, schedule and language, and who
 * is referring. Kept with the referral as it was sent.
 */
export async function handoffFor(db: Db, personId: string, referredBy: string): Promise<ReferralHandoff> {
  const decided = await db
    .selectFrom('determinations')
    .select(['assessment_id', 'indicated_level', 'chosen_level'])
    .where('person_id', '=', personId)
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let assessments = db
    .selectFrom('assessments')
    .select(['case_json', 'recommendation_json', 'indicated_level'])
    .where('person_id', '=', personId);
  if (decided) assessments = assessments.where('id', '=', decided.assessment_id);
  const assessment = await assessments.orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  const user = await db.selectFrom('users').select('email').where('id', '=', referredBy).executeTakeFirst();
  return handoffFrom(decided, assessment, user?.email ?? '');
}

/** The hand-off from the rows `handoffFor` finds (or a caller already holds). */
export function handoffFrom(
  decided: Pick<DeterminationsTable, 'indicated_level' | 'chosen_level'> | undefined,
  assessment: Pick<AssessmentsTable, 'case_json' | 'recommendation_json' | 'indicated_level'> | undefined,
  referrerEmail: string,
): ReferralHandoff {
  const careCase: unknown = assessment ? JSON.parse(assessment.case_json) : null;
  const practical = isCareCase(careCase) ? careCase.practical : undefined;
  const recommendation: unknown = assessment ? JSON.parse(assessment.recommendation_json) : null;
  const indicated = decided?.indicated_level ?? assessment?.indicated_level ?? null;
  return {
    indicatedLevel: indicated === null ? null : storedLevel(indicated, 'assessments.indicated_level'),
    chosenLevel: decided ? storedLevel(decided.chosen_level, 'determinations.chosen_level') : null,
    withdrawalManagement: isRecommendation(recommendation) ? recommendation.withdrawalManagement : null,
    coverage: practical?.coverage ?? null,
    scheduleWindows: [...(practical?.scheduleWindows ?? [])],
    language: practical?.language ?? null,
    referredBy: { email: referrerEmail },
  };
}

/** New referrals, each with its first step (`requested`) in its history, counted for the report. */
export async function insertReferrals(db: Db, rows: readonly ReferralsTable[]): Promise<void> {
  await db
    .insertInto('referrals')
    .values([...rows])
    .execute();
  await countReferrals(
    db,
    rows.map((after) => ({ after })),
  );
  await db
    .insertInto('referral_transitions')
    .values(
      rows.map((r) => ({
        id: newId(),
        referral_id: r.id,
        from_status: null,
        to_status: 'requested',
        reason: null,
        by_user: r.created_by,
        at: r.created_at,
      })),
    )
    .execute();
}

export interface ReferralFilter {
  /** Only referrals to these programs (program staff); every program when undefined. */
  readonly withinPrograms?: readonly string[] | undefined;
  readonly programId?: string | undefined;
  readonly status?: ReferralState | undefined;
  readonly personId?: string | undefined;
  readonly limit: number;
  readonly offset: number;
  /** After this row (keyset: the next page's cursor given back) instead of at `offset`. */
  readonly after?: Keyset | undefined;
}

/**
 * Referrals matching the filter, most recently changed first, how many match in all, and the cursor
 * of the next page. Each filter has an index ending in `updated_at, id` (migration 0117).
 */
export async function listReferrals(
  db: Db,
  f: ReferralFilter,
): Promise<{ total: number; rows: ReferralsTable[]; nextCursor: string | null }> {
  let query = db.selectFrom('referrals');
  if (f.withinPrograms)
    query = f.withinPrograms.length > 0 ? query.where('program_id', 'in', [...f.withinPrograms]) : query.where((eb) => eb.val(false));
  if (f.programId) query = query.where('program_id', '=', f.programId);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.personId) query = query.where('person_id', '=', f.personId);
  const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const paged = f.after ? query.where(afterKeyset(f.after)) : query.offset(f.offset);
  const page = keysetPage(
    await paged
      .selectAll()
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(f.limit + 1)
      .execute(),
    f.limit,
  );
  return { total, rows: page.rows, nextCursor: page.nextCursor };
}

export async function findReferral(db: Db, id: string): Promise<ReferralsTable | undefined> {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function referralHistory(db: Db, referralId: string): Promise<ReferralTransitionsTable[]> {
  return db.selectFrom('referral_transitions').selectAll().where('referral_id', '=', referralId).orderBy('at').orderBy('id').execute();
}

/**
 * Move a referral and write the step into its history; the moved row, or null when it had moved on.
 * The version in the WHERE makes it a compare-and-set: a concurrent writer that read the same version
 * updates nothing, on SQLite and PostgreSQL alike. The first move to `received` or `admitted` is kept
 * on the row as its milestone.
 */
export async function moveReferral(
  db: Db,
  r: ReferralsTable,
  move: {
    readonly to: ReferralState;
    readonly reason: string | undefined;
    readonly by: string;
    readonly at: string;
    readonly expected: number;
    readonly expectedAdmissionOn?: string | undefined;
    readonly admittedOn?: string | undefined;
  },
): Promise<ReferralsTable | null> {
  const changed = {
    status: move.to,
    reason: move.reason ?? r.reason,
    version: move.expected + 1,
    updated_at: move.at,
    expected_admission_on: move.expectedAdmissionOn ?? r.expected_admission_on,
    admitted_on: move.admittedOn ?? r.admitted_on,
    ...milestonesAfterMove(r, move.to, move.at),
  };
  const result = await db
    .updateTable('referrals')
    .set(changed)
    .where('id', '=', r.id)
    .where('version', '=', move.expected)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  const moved = { ...r, ...changed };
  await countReferrals(db, [{ before: r, after: moved }]);
  if (move.to === 'cancelled') await queuePeerCancellation(db, [r.id], move.at);
  await db
    .insertInto('referral_transitions')
    .values({
      id: newId(),
      referral_id: r.id,
      from_status: r.status,
      to_status: move.to,
      reason: move.reason ?? null,
      by_user: move.by,
      at: move.at,
    })
    .execute();
  return moved;
}

/** Stored as the reason of a referral the person's revocation ended. */
export const REVOKED_REASON = 'consent revoked';

/**
 * 42 CFR Part 2 (§ 2.31): a patient may revoke a consent at any time, except to the extent that a
 * program has already acted on it. What was disclosed before stays disclosed; nothing new may be.
 * An open referral made under the consent is therefore cancelled with the revocation, in the same
 * transaction, so the receiving program gets no further word about the person through it. Referrals
 * already admitted, completed, declined or ended stay as they are: the program acted on them.
 * Returns the referrals it ended.
 */
export async function endOpenReferrals(tx: Db, consentId: string, byUser: string, at: string): Promise<ReferralsTable[]> {
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
  await countReferrals(
    tx,
    open.map((before) => ({ before, after: { ...before, status: 'cancelled' } })),
  );
  await queuePeerCancellation(
    tx,
    open.map((r) => r.id),
    at,
  );
  return open;
}
