import { EPISODE_OUTCOMES, LEVEL_CODES, TRANSITION_ACTIONS } from '@carelevel/engine';
import { z } from 'zod';
import { REFERRAL_STATES } from '../referrals/referral-states.js';
import { day, instant, programId } from './common.js';
import { determination } from './assessments.js';

export const newEpisode = z.object({
  programId: programId.nullable().optional(),
  level: z.enum(LEVEL_CODES),
  startedOn: day,
  endedOn: day.nullable().optional(),
  outcome: z.enum(EPISODE_OUTCOMES).nullable().optional(),
});
export type NewEpisode = z.input<typeof newEpisode>;

export const episode = z.object({
  id: z.uuid(),
  programId: z.string().nullable(),
  level: z.enum(LEVEL_CODES),
  startedOn: day,
  endedOn: day.nullable(),
  outcome: z.enum(EPISODE_OUTCOMES).nullable(),
});
export type EpisodeView = z.infer<typeof episode>;

export const instrumentScore = z.object({
  /** The engine's key (`phq9`, `gad7`, `ciwaAr`, …). */
  instrument: z.string(),
  name: z.string(),
  total: z.number(),
  /** The highest total the instrument can give, so a chart can scale each series. */
  max: z.number(),
  band: z.string(),
  /** `items` when scored from the answers, `total` when only a charted total was given (CIWA-Ar, COWS). */
  from: z.enum(['items', 'total']),
  loinc: z.string().nullable(),
});
export type InstrumentScoreView = z.infer<typeof instrumentScore>;

export const changedDimension = z.object({
  dimension: z.number().int(),
  direction: z.enum(['better', 'worse', 'same']),
  ratingBefore: z.number().int(),
  ratingAfter: z.number().int(),
});

/** A recorded continued-stay decision, beside the engine's advice. */
export const careTransition = z.object({
  id: z.uuid(),
  previousAssessmentId: z.uuid(),
  assessmentId: z.uuid(),
  currentLevel: z.enum(LEVEL_CODES),
  /** What the engine advised. */
  engineAction: z.enum(TRANSITION_ACTIONS),
  engineToLevel: z.enum(LEVEL_CODES),
  rulesVersion: z.string(),
  /** What the clinician recorded. */
  action: z.enum(TRANSITION_ACTIONS),
  toLevel: z.enum(LEVEL_CODES),
  followedEngine: z.boolean(),
  programId: z.string().nullable(),
  effectiveOn: day,
  note: z.string().nullable(),
  /** Dimensions that changed since the previous assessment, with their direction. */
  changedDimensions: z.array(changedDimension),
  endedEpisodeId: z.uuid().nullable(),
  openedEpisodeId: z.uuid().nullable(),
  recordedBy: z.uuid(),
  recordedAt: instant,
});
export type CareTransitionView = z.infer<typeof careTransition>;

export const timeline = z.object({
  personId: z.uuid(),
  episodes: z.array(episode),
  assessments: z.array(
    z.object({
      id: z.uuid(),
      at: instant,
      indicatedLevel: z.enum(LEVEL_CODES),
      rulesVersion: z.string(),
      signedAt: instant.nullable(),
      /** Null when the reader may not see assessments (program staff whose consent does not share them). */
      scores: z.array(instrumentScore).nullable(),
    }),
  ),
  /** Without the note and adjustments for readers who may not see assessments. */
  determinations: z.array(determination.partial({ note: true, adjustments: true }).extend({ at: instant })),
  /** `note` and `changedDimensions` are null for readers who may not see assessments. */
  transitions: z.array(careTransition.extend({ changedDimensions: z.array(changedDimension).nullable() })),
  referrals: z.array(
    z.object({
      id: z.uuid(),
      programId: z.string(),
      programName: z.string().nullable(),
      status: z.enum(REFERRAL_STATES),
      level: z.enum(LEVEL_CODES).nullable(),
      createdAt: instant,
      updatedAt: instant,
    }),
  ),
});
export type TimelineView = z.infer<typeof timeline>;
