/** Why the chosen level differs from the indicated one (product.md §4); counted, they show service gaps. */
export const VARIANCE_REASONS = [
  'person-declined-indicated',
  'person-wants-more-intensive',
  'not-available-nearby',
  'waitlisted',
  'payer-denied',
  'other-supports-in-place',
  'clinical-judgment',
] as const;
export type VarianceReason = (typeof VARIANCE_REASONS)[number];
