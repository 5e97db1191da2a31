import { engineTransition, isReferralState, type CareTransitionView, type EpisodeView, type TimelineView } from '@carelevel/contract';
import { EPISODE_OUTCOMES, isCareCase, TRANSITION_ACTIONS } from '@carelevel/engine';
import type { CareTransitionsTable, EpisodesTable } from '@carelevel/storage';
import { toDeterminationView } from '../assessments/assessment-store.js';
import type { Db } from '../db/db.js';
import { matches, storedDocument, storedLevel, storedOneOf } from '../db/stored.js';
import { instrumentScores } from './instrument-scores.js';

/** The part of the engine's stored transition a view reads: each dimension before and after. */
const storedChanges = matches(engineTransition.pick({ changes: true }));

export const toEpisodeView = (e: EpisodesTable): EpisodeView => ({
  id: e.id,
  programId: e.program_id,
  level: storedLevel(e.level, 'episodes.level'),
  startedOn: e.started_on,
  endedOn: e.ended_on,
  outcome: e.outcome === null ? null : storedOneOf(EPISODE_OUTCOMES, e.outcome, 'episodes.outcome'),
});

export function toCareTransitionView(r: CareTransitionsTable): CareTransitionView {
  const engine = storedDocument(r.engine_json, storedChanges, 'care_transitions.engine_json');
  return {
    id: r.id,
    previousAssessmentId: r.previous_assessment_id,
    assessmentId: r.assessment_id,
    currentLevel: storedLevel(r.current_level, 'care_transitions.current_level'),
    engineAction: storedOneOf(TRANSITION_ACTIONS, r.engine_action, 'care_transitions.engine_action'),
    engineToLevel: storedLevel(r.engine_to_level, 'care_transitions.engine_to_level'),
    rulesVersion: r.rules_version,
    action: storedOneOf(TRANSITION_ACTIONS, r.action, 'care_transitions.action'),
    toLevel: storedLevel(r.to_level, 'care_transitions.to_level'),
    followedEngine: r.action === r.engine_action && r.to_level === r.engine_to_level,
    programId: r.program_id,
    effectiveOn: r.effective_on,
    note: r.note,
    changedDimensions: engine.changes
      .filter((c) => c.direction !== 'same')
      .map((c) => ({ dimension: c.dimension, direction: c.direction, ratingBefore: c.ratingBefore, ratingAfter: c.ratingAfter })),
    endedEpisodeId: r.ended_episode_id,
    openedEpisodeId: r.opened_episode_id,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}

export async function insertEpisode(db: Db, row: EpisodesTable): Promise<void> {
  await db.insertInto('episodes').values(row).execute();
}

export interface TimelineOptions {
  /**
   * Whether the assessments' content may be shown: instrument scores, and the determinations' notes
   * and rating adjustments (their rationales describe the person's answers).
   */
  readonly assessmentDetails: boolean;
  /** Only referrals to these programs; every referral when undefined. */
  readonly referralPrograms: readonly string[] | undefined;
}

/** Everything on one person's time axis, each list oldest first. */
export async function loadTimeline(db: Db, personId: string, o: TimelineOptions): Promise<TimelineView> {
  const referralQuery = db
    .selectFrom('referrals')
    .leftJoin('directory_programs', 'directory_programs.id', 'referrals.program_id')
    .select([
      'referrals.id',
      'referrals.program_id',
      'directory_programs.name as program_name',
      'referrals.status',
      'referrals.level',
      'referrals.created_at',
      'referrals.updated_at',
    ])
    .where('referrals.person_id', '=', personId);
  const onlyPrograms = o.referralPrograms;
  const [episodes, assessments, determinations, transitions, referrals] = await Promise.all([
    db.selectFrom('episodes').selectAll().where('person_id', '=', personId).orderBy('started_on').orderBy('created_at').execute(),
    db
      .selectFrom('assessments')
      .select(['id', 'created_at', 'indicated_level', 'rules_version', 'signed_at', 'case_json'])
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('determinations').selectAll().where('person_id', '=', personId).orderBy('decided_at').orderBy('id').execute(),
    db
      .selectFrom('care_transitions')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('effective_on')
      .orderBy('recorded_at')
      .execute(),
    onlyPrograms === undefined || onlyPrograms.length > 0
      ? (onlyPrograms ? referralQuery.where('referrals.program_id', 'in', [...onlyPrograms]) : referralQuery)
          .orderBy('referrals.created_at')
          .orderBy('referrals.id')
          .execute()
      : Promise.resolve([]),
  ]);
  return {
    personId,
    episodes: episodes.map(toEpisodeView),
    assessments: assessments.map((a) => ({
      id: a.id,
      at: a.created_at,
      indicatedLevel: storedLevel(a.indicated_level, 'assessments.indicated_level'),
      rulesVersion: a.rules_version,
      signedAt: a.signed_at,
      scores: o.assessmentDetails ? instrumentScores(storedDocument(a.case_json, isCareCase, 'assessments.case_json')) : null,
    })),
    determinations: determinations.map((d) => {
      const { note, adjustments, ...level } = toDeterminationView(d);
      return { ...level, ...(o.assessmentDetails ? { note, adjustments } : {}), at: d.decided_at };
    }),
    // A transition's note and its per-dimension ratings describe the assessments as much as a
    // determination's note does: the same rule hides them.
    transitions: transitions.map((t) => {
      const view = toCareTransitionView(t);
      return o.assessmentDetails ? view : { ...view, note: null, changedDimensions: null };
    }),
    referrals: referrals.map((r) => {
      if (!isReferralState(r.status)) throw new Error(`referrals.status holds ${r.status}, not a referral state`);
      return {
        id: r.id,
        programId: r.program_id,
        programName: r.program_name ?? null,
        status: r.status,
        level: r.level === null ? null : storedLevel(r.level, 'referrals.level'),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    }),
  };
}
