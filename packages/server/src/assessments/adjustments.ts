import { LOCALE_MESSAGES } from '@carelevel/engine';
import { z } from 'zod';
import { ApiError, type FieldError } from '../errors/catalogue.js';

/** The engine's dimension ids (1–6), read from its own vocabulary so the two never drift apart. */
export const DIMENSION_IDS: readonly number[] = Object.keys(LOCALE_MESSAGES.en.dimensions).map(Number);

const rating = z.number().int().min(0).max(4);

/**
 * A clinician's change to one dimension's rating (product.md §3: "per-dimension ratings that the
 * clinician can adjust, each adjustment with a written rationale"). The engine's rating is sent back
 * so an adjustment made against an older reading of the recommendation is refused, not misfiled.
 */
export const adjustment = z.object({
  dimension: z
    .number()
    .int()
    .refine((d) => DIMENSION_IDS.includes(d), `must be one of the engine's dimensions ${DIMENSION_IDS.join(', ')}`),
  engineRating: rating,
  adjustedRating: rating,
  rationale: z.string().trim().min(10).max(2000),
});
export type Adjustment = z.infer<typeof adjustment>;

export const adjustments = z
  .array(adjustment)
  .max(DIMENSION_IDS.length)
  .refine((list) => new Set(list.map((a) => a.dimension)).size === list.length, 'must not adjust a dimension twice');

interface StoredDimension {
  readonly dimension: number;
  readonly rating: number;
}

/** Check adjustments against the stored recommendation; every field at fault at once. */
export function checkAdjustments(list: readonly Adjustment[], recommendationJson: string): void {
  const stored = (JSON.parse(recommendationJson) as { dimensions?: StoredDimension[] }).dimensions ?? [];
  const mismatched: FieldError[] = [];
  const unchanged: FieldError[] = [];
  list.forEach((a, i) => {
    const engine = stored.find((d) => d.dimension === a.dimension);
    if (engine?.rating !== a.engineRating)
      mismatched.push({
        path: `body.adjustments.${i}.engineRating`,
        message: `must equal the stored recommendation's rating for dimension ${a.dimension}${engine ? ` (${engine.rating})` : ''}`,
      });
    else if (a.adjustedRating === a.engineRating)
      unchanged.push({ path: `body.adjustments.${i}.adjustedRating`, message: 'must differ from engineRating (leave it out to keep it)' });
  });
  if (mismatched.length > 0) throw new ApiError('engine-rating-mismatch', mismatched);
  if (unchanged.length > 0) throw new ApiError('invalid-request', unchanged);
}

export const parseAdjustments = (json: string | null): Adjustment[] => (json ? (JSON.parse(json) as Adjustment[]) : []);
