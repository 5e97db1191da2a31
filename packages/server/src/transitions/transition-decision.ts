import type { FieldIssue, NewCareTransition } from '@carelevel/contract';
import { LEVEL_CODES, levelIntensity, type EPISODE_OUTCOMES, type LevelCode, type TransitionAction } from '@carelevel/engine';

export type EpisodeOutcome = (typeof EPISODE_OUTCOMES)[number];

/**
 * How the episode being left ended, in the engine's own outcome words (the case's `priorEpisodes`
 * read them back at the next assessment). A step down, a step up and a transfer are moves between
 * levels, not endings (docs/case-format-extensions.md): recording a step down as "completed, stayed
 * well" or a step up as "completed, relapsed" would tell the next assessment something that did not
 * happen. Only a discharge to aftercare ends treatment, and it ends it well.
 */
export const ENDING_OUTCOME: Readonly<Record<TransitionAction, EpisodeOutcome | null>> = {
  'step-down': 'stepped-down',
  'discharge-to-aftercare': 'completed-sustained',
  'step-up': 'stepped-up',
  transfer: 'transferred',
  continue: null,
};

/** Levels a discharge may name: the ones care ends into (the engine's "indicated is aftercare"). */
const AFTERCARE_LEVELS: readonly LevelCode[] = LEVEL_CODES.filter((l) => levelIntensity(l) <= levelIntensity('early-intervention'));

/** Whether the recorded action and levels agree with each other; every disagreement named. */
export function checkRecordedMove(b: NewCareTransition): FieldIssue[] {
  const up = levelIntensity(b.toLevel) - levelIntensity(b.currentLevel);
  const problem = (message: string): FieldIssue[] => [{ path: ['body', 'toLevel'], message }];
  switch (b.action) {
    case 'continue':
      return up === 0 ? [] : problem('must equal currentLevel to continue');
    case 'step-up':
      return up > 0 ? [] : problem('must be more intensive than currentLevel for a step up');
    case 'step-down':
      return up < 0 ? [] : problem('must be less intensive than currentLevel for a step down');
    case 'discharge-to-aftercare':
      return AFTERCARE_LEVELS.includes(b.toLevel) && up < 0 ? [] : problem(`must be ${AFTERCARE_LEVELS.join(' or ')} for a discharge`);
    case 'transfer':
      return [];
  }
}

/** A clinician may record something other than the engine's advice, but then says why. */
export function checkNote(b: NewCareTransition, engine: { action: TransitionAction; to: LevelCode }): FieldIssue[] {
  if (b.note) return [];
  if (b.action !== engine.action)
    return [{ path: ['body', 'note'], message: `is required when the action differs from the engine's ${engine.action}` }];
  if (b.toLevel !== engine.to)
    return [{ path: ['body', 'note'], message: `is required when toLevel differs from the engine's ${engine.to}` }];
  return [];
}
