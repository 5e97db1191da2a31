import { DomainError, type NewCareTransition } from '@carelevel/contract';
import type { Transition } from '@carelevel/engine';
import type { CareTransitionsTable, EpisodesTable } from '@carelevel/storage';
import type { Db } from '../db/db.js';
import { newId, now } from '../db/ids.js';
import { ENDING_OUTCOME } from './transition-decision.js';

/** Two of a person's stored assessments by id (only those that are this person's), with their cases. */
export async function assessmentPair(
  db: Db,
  personId: string,
  ids: readonly [string, string],
): Promise<{ id: string; case_json: string; created_at: string }[]> {
  return db
    .selectFrom('assessments')
    .select(['id', 'case_json', 'created_at'])
    .where('person_id', '=', personId)
    .where('id', 'in', [...ids])
    .execute();
}

/** The latest determination's indicated level and variance reason on an assessment. */
export async function latestVariance(
  db: Db,
  assessmentId: string,
): Promise<{ indicated_level: string; variance_reason: string | null } | undefined> {
  return db
    .selectFrom('determinations')
    .select(['indicated_level', 'variance_reason'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Write a continued-stay decision and move the timeline, inside the caller's transaction: end the
 * open episode with the outcome the action means, open the next one at the new level (none for a
 * discharge to aftercare, and nothing moves when care continues), and keep the engine's advice beside.
 */
export async function recordTransition(
  tx: Db,
  personId: string,
  userId: string,
  b: NewCareTransition,
  engine: Transition,
): Promise<{ row: CareTransitionsTable; opened: EpisodesTable | null }> {
  const open = await tx
    .selectFrom('episodes')
    .selectAll()
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const current = open[0];
  if (current && current.level !== b.currentLevel)
    throw new DomainError('current-level-mismatch', [
      { path: ['body', 'currentLevel'], message: `must be ${current.level}, the level of the open episode` },
    ]);
  const outcome = ENDING_OUTCOME[b.action];
  const moves = outcome !== null;
  if (moves && open.some((e) => e.started_on > b.effectiveOn))
    throw new DomainError('invalid-request', [{ path: ['body', 'effectiveOn'], message: 'must not be before the open episode started' }]);
  const at = now();
  if (moves)
    for (const e of open) {
      // Conditional on still being open: of two reviews recorded at once, the second finds it ended.
      const ended = await tx
        .updateTable('episodes')
        .set({ ended_on: b.effectiveOn, outcome })
        .where('id', '=', e.id)
        .where('ended_on', 'is', null)
        .executeTakeFirst();
      if (Number(ended.numUpdatedRows) === 0) throw new DomainError('timeline-changed');
    }
  const opened: EpisodesTable | null =
    moves && b.action !== 'discharge-to-aftercare'
      ? {
          id: newId(),
          person_id: personId,
          program_id: b.programId ?? null,
          level: b.toLevel,
          started_on: b.effectiveOn,
          ended_on: null,
          outcome: null,
          created_by: userId,
          created_at: at,
        }
      : null;
  if (opened) await tx.insertInto('episodes').values(opened).execute();
  const row: CareTransitionsTable = {
    id: newId(),
    person_id: personId,
    previous_assessment_id: b.previousAssessmentId,
    assessment_id: b.assessmentId,
    current_level: b.currentLevel,
    engine_action: engine.action,
    engine_to_level: engine.to,
    engine_json: JSON.stringify(engine),
    rules_version: engine.decision.rulesVersion,
    action: b.action,
    to_level: b.toLevel,
    program_id: b.programId ?? null,
    effective_on: b.effectiveOn,
    note: b.note ?? null,
    ended_episode_id: moves ? (current?.id ?? null) : null,
    opened_episode_id: opened?.id ?? null,
    recorded_by: userId,
    recorded_at: at,
  };
  await tx.insertInto('care_transitions').values(row).execute();
  return { row, opened };
}
