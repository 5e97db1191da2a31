import { ratingAdjustment, type AssessmentView, type DeterminationView } from '@carelevel/contract';
import { isRecommendation, VARIANCE_REASONS, WITHDRAWAL_MANAGEMENT } from '@carelevel/engine';
import type { AssessmentsTable, DeterminationsTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { countDetermination } from '../reports/determination-counts.js';
import { onPostgres } from '../db/on-postgres.js';
import { z } from 'zod';
import { matches, storedDocument, storedLevel, storedOneOf } from '../db/stored.js';

const storedAdjustments = matches(z.array(ratingAdjustment));

/** A case as it was sent: any JSON (the engine judged it then; an invalid one was never stored). */
const storedCase = (json: string): unknown => JSON.parse(json);

export const toAssessmentView = (r: AssessmentsTable): AssessmentView => ({
  id: r.id,
  personId: r.person_id,
  revision: r.revision,
  supersedes: r.supersedes,
  case: storedCase(r.case_json),
  recommendation: storedDocument(r.recommendation_json, isRecommendation, 'assessments.recommendation_json'),
  rulesVersion: r.rules_version,
  indicatedLevel: storedLevel(r.indicated_level, 'assessments.indicated_level'),
  createdBy: r.created_by,
  createdAt: r.created_at,
  signedBy: r.signed_by,
  signedAt: r.signed_at,
});

export const toDeterminationView = (r: DeterminationsTable): DeterminationView => ({
  id: r.id,
  assessmentId: r.assessment_id,
  indicatedLevel: storedLevel(r.indicated_level, 'determinations.indicated_level'),
  chosenLevel: storedLevel(r.chosen_level, 'determinations.chosen_level'),
  indicatedWithdrawalManagement:
    r.indicated_withdrawal_management === null
      ? null
      : storedOneOf(WITHDRAWAL_MANAGEMENT, r.indicated_withdrawal_management, 'determinations.indicated_withdrawal_management'),
  withdrawalManagement:
    r.withdrawal_management === null
      ? null
      : storedOneOf(WITHDRAWAL_MANAGEMENT, r.withdrawal_management, 'determinations.withdrawal_management'),
  varianceReason: r.variance_reason === null ? null : storedOneOf(VARIANCE_REASONS, r.variance_reason, 'determinations.variance_reason'),
  note: r.note,
  adjustments: r.adjustments_json ? storedDocument(r.adjustments_json, storedAdjustments, 'determinations.adjustments_json') : [],
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

export async function insertAssessment(db: Db, row: AssessmentsTable): Promise<void> {
  await db.insertInto('assessments').values(row).execute();
}

/** The person and revision of an assessment, to number the one that replaces it. */
export async function revisionOf(db: Db, assessmentId: string): Promise<{ person_id: string; revision: number } | undefined> {
  return db.selectFrom('assessments').select(['person_id', 'revision']).where('id', '=', assessmentId).executeTakeFirst();
}

export async function listAssessments(db: Db, personId: string): Promise<AssessmentsTable[]> {
  return db.selectFrom('assessments').selectAll().where('person_id', '=', personId).orderBy('created_at', 'desc').execute();
}

export async function findAssessment(db: Db, personId: string, id: string): Promise<AssessmentsTable | undefined> {
  return db.selectFrom('assessments').selectAll().where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
}

/** The newest determination recorded on an assessment (a correction replaces an earlier one). */
export async function latestDetermination(db: Db, assessmentId: string): Promise<DeterminationsTable | undefined> {
  return db
    .selectFrom('determinations')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Sign an assessment not yet signed. Conditional: of two signatures at once, exactly one lands. */
export async function signAssessment(
  db: Db,
  personId: string,
  id: string,
  by: string,
  at: string,
): Promise<'signed' | 'already-signed' | 'missing'> {
  const result = await db
    .updateTable('assessments')
    .set({ signed_by: by, signed_at: at })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return 'signed';
  return (await findAssessment(db, personId, id)) ? 'already-signed' : 'missing';
}

/**
 * Whether the assessment is signed, read inside the caller's write with the row locked on
 * PostgreSQL (SQLite runs one write transaction at a time), so a signature landing meanwhile cannot
 * be followed by a decision.
 */
export async function signedWhileWriting(tx: Db, id: string): Promise<boolean> {
  const still = tx.selectFrom('assessments').select('signed_at').where('id', '=', id);
  const current = await (onPostgres(tx) ? still.forUpdate() : still).executeTakeFirst();
  return current?.signed_at != null;
}

/**
 * Record a determination, and keep the report's counts in the same transaction: it replaces the
 * assessment's latest until now. The caller holds the assessment (`signedWhileWriting`).
 */
export async function insertDetermination(tx: Db, row: DeterminationsTable): Promise<void> {
  const replaced = await latestDetermination(tx, row.assessment_id);
  await tx.insertInto('determinations').values(row).execute();
  await countDetermination(tx, replaced, row);
}

/** Who signed, as people read it: the account's email (null when unsigned or the account is gone). */
export async function signerName(db: Db, signedBy: string | null): Promise<string | null> {
  if (signedBy === null) return null;
  return (await db.selectFrom('users').select('email').where('id', '=', signedBy).executeTakeFirst())?.email ?? null;
}
