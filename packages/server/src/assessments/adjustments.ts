import { DomainError, failIf, type FieldIssue, type RatingAdjustment } from '@carelevel/contract';
import type { Recommendation } from '@carelevel/engine';

/** Check a clinician's rating adjustments against the stored recommendation; every field at fault at once. */
export function checkAdjustments(list: readonly RatingAdjustment[], stored: Recommendation): void {
  const mismatched: FieldIssue[] = [];
  const unchanged: FieldIssue[] = [];
  list.forEach((a, i) => {
    const engine = stored.dimensions.find((d) => d.dimension === a.dimension);
    if (engine?.rating !== a.engineRating)
      mismatched.push({
        path: ['body', 'adjustments', i, 'engineRating'],
        message: `must equal the stored recommendation's rating for dimension ${a.dimension}${engine ? ` (${engine.rating})` : ''}`,
      });
    else if (a.adjustedRating === a.engineRating)
      unchanged.push({
        path: ['body', 'adjustments', i, 'adjustedRating'],
        message: 'must differ from engineRating (leave it out to keep it)',
      });
  });
  if (mismatched.length > 0) throw new DomainError('engine-rating-mismatch', mismatched);
  failIf('invalid-request', unchanged);
}
