import { CRISIS_KINDS, LEVEL_CODES, TRANSITION_ACTIONS, WITHDRAWAL_MANAGEMENT } from '@carelevel/engine';
import { z } from 'zod';
import { day, message, programId } from './common.js';
import { careTransition, episode } from './timeline.js';

export const transitionPreview = z.object({
  previousAssessmentId: z.uuid(),
  assessmentId: z.uuid(),
  currentLevel: z.enum(LEVEL_CODES),
});
export type TransitionPreviewBody = z.input<typeof transitionPreview>;

/** A continued-stay decision: the two assessments compared, where the person is, and what was decided. */
export const newCareTransition = z.object({
  previousAssessmentId: z.uuid(),
  assessmentId: z.uuid(),
  currentLevel: z.enum(LEVEL_CODES),
  action: z.enum(TRANSITION_ACTIONS),
  toLevel: z.enum(LEVEL_CODES),
  programId: programId.optional(),
  effectiveOn: day,
  note: z.string().trim().max(2000).optional(),
});
export type NewCareTransition = z.infer<typeof newCareTransition>;

/** What the workspace shows of the engine's continued-stay review (the full decision is stored). */
export const engineTransition = z.object({
  action: z.enum(TRANSITION_ACTIONS),
  from: z.enum(LEVEL_CODES),
  to: z.enum(LEVEL_CODES),
  indicated: z.enum(LEVEL_CODES),
  rule: z.string(),
  reason: message,
  changes: z
    .array(
      z.object({
        dimension: z.number().int(),
        ratingBefore: z.number().int(),
        ratingAfter: z.number().int(),
        minimumBefore: z.enum(LEVEL_CODES),
        minimumAfter: z.enum(LEVEL_CODES),
        direction: z.enum(['better', 'worse', 'same']),
      }),
    )
    .readonly(),
  withdrawalManagement: z.enum(WITHDRAWAL_MANAGEMENT),
  crisis: z.enum(CRISIS_KINDS).nullable(),
  rulesVersion: z.string(),
  /** The action and reason in words, in the locale asked for. */
  actionText: z.string(),
  reasonText: z.string(),
});
export type EngineTransitionView = z.infer<typeof engineTransition>;

export const transitionPreviewAnswer = z.object({ engine: engineTransition });

export const careTransitionRecorded = z.object({
  transition: careTransition,
  engine: engineTransition,
  openedEpisode: episode.nullable(),
});
export type CareTransitionRecorded = z.infer<typeof careTransitionRecorded>;
