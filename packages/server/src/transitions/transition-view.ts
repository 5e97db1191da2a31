import type { Transition } from '@carelevel/engine';
import type { CareTransitionsTable } from '../storage/tables.js';

export interface TransitionView {
  readonly id: string;
  readonly previousAssessmentId: string;
  readonly assessmentId: string;
  readonly currentLevel: string;
  /** What the engine advised. */
  readonly engineAction: string;
  readonly engineToLevel: string;
  readonly rulesVersion: string;
  /** What the clinician recorded. */
  readonly action: string;
  readonly toLevel: string;
  readonly followedEngine: boolean;
  readonly programId: string | null;
  readonly effectiveOn: string;
  readonly note: string | null;
  /** Dimensions that changed since the previous assessment, with their direction. */
  readonly changedDimensions: readonly { dimension: number; direction: string; ratingBefore: number; ratingAfter: number }[];
  readonly endedEpisodeId: string | null;
  readonly openedEpisodeId: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export function toTransitionView(r: CareTransitionsTable): TransitionView {
  const engine = JSON.parse(r.engine_json) as Pick<Transition, 'changes'>;
  return {
    id: r.id,
    previousAssessmentId: r.previous_assessment_id,
    assessmentId: r.assessment_id,
    currentLevel: r.current_level,
    engineAction: r.engine_action,
    engineToLevel: r.engine_to_level,
    rulesVersion: r.rules_version,
    action: r.action,
    toLevel: r.to_level,
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
