import { LEVEL_CODES, LOCALES, VARIANCE_REASONS, WITHDRAWAL_MANAGEMENT, type Dimension } from '@carelevel/engine';
import { z } from 'zod';
import { instant } from './common.js';
import { careCaseDocument, recommendationDocument } from './engine-documents.js';

export const assessmentParams = z.object({ id: z.uuid(), assessmentId: z.uuid() });
export const localeQuery = z.object({ locale: z.enum(LOCALES).default('en') });

export const newAssessment = z.object({
  case: careCaseDocument,
  locale: z.enum(LOCALES).default('en'),
  /** A change to an assessment is a new one that names the one it replaces. */
  supersedes: z.uuid().optional(),
});
export type NewAssessment = z.input<typeof newAssessment>;

/** The engine's dimension ids, 1 to 6. */
export const DIMENSION_IDS = [1, 2, 3, 4, 5, 6] as const satisfies readonly Dimension[];
const rating = z.number().int().min(0).max(4);

/**
 * A clinician's change to one dimension's rating, each with a written rationale. The engine's rating
 * is sent back so an adjustment made against an older reading of the recommendation is refused, not
 * misfiled.
 */
export const ratingAdjustment = z.object({
  dimension: z
    .number()
    .int()
    .refine((d) => (DIMENSION_IDS as readonly number[]).includes(d), `must be one of the engine's dimensions ${DIMENSION_IDS.join(', ')}`),
  engineRating: rating,
  adjustedRating: rating,
  rationale: z.string().trim().min(10).max(2000),
});
export type RatingAdjustment = z.infer<typeof ratingAdjustment>;

export const newDetermination = z.object({
  chosenLevel: z.enum(LEVEL_CODES),
  /** Where withdrawal will be managed; the engine's setting when left out. */
  withdrawalManagement: z.enum(WITHDRAWAL_MANAGEMENT).optional(),
  varianceReason: z.enum(VARIANCE_REASONS).optional(),
  note: z.string().max(2000).optional(),
  adjustments: z
    .array(ratingAdjustment)
    .max(DIMENSION_IDS.length)
    .refine((list) => new Set(list.map((a) => a.dimension)).size === list.length, 'must not adjust a dimension twice')
    .optional(),
});
export type NewDetermination = z.input<typeof newDetermination>;

export const determination = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  indicatedLevel: z.enum(LEVEL_CODES),
  chosenLevel: z.enum(LEVEL_CODES),
  /** The engine's withdrawal-management setting and the one chosen; null on determinations made before they were recorded. */
  indicatedWithdrawalManagement: z.enum(WITHDRAWAL_MANAGEMENT).nullable(),
  withdrawalManagement: z.enum(WITHDRAWAL_MANAGEMENT).nullable(),
  varianceReason: z.enum(VARIANCE_REASONS).nullable(),
  note: z.string().nullable(),
  /** The clinician's rating changes, each beside the engine's rating it replaces. */
  adjustments: z.array(ratingAdjustment),
  decidedBy: z.uuid(),
  decidedAt: instant,
});
export type DeterminationView = z.infer<typeof determination>;

export const assessment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  revision: z.number().int(),
  supersedes: z.uuid().nullable(),
  case: careCaseDocument,
  recommendation: recommendationDocument,
  rulesVersion: z.string(),
  indicatedLevel: z.enum(LEVEL_CODES),
  createdBy: z.uuid(),
  createdAt: instant,
  signedBy: z.uuid().nullable(),
  signedAt: instant.nullable(),
  /** Who signed, as people read it (their sign-in email): on a single read and on signing. */
  signedByName: z.string().nullable().optional(),
});
export type AssessmentView = z.infer<typeof assessment>;

/** One assessment with the latest determination recorded on it, so a reader sees what was decided. */
export const assessmentWithDetermination = assessment.extend({ latestDetermination: determination.nullable() });
export type AssessmentWithDetermination = z.infer<typeof assessmentWithDetermination>;

export const assessmentList = z.object({ assessments: z.array(assessment) });
