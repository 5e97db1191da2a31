/**
 * Why the level chosen differs from the one indicated (docs/rules.md). Recorded with each
 * determination and counted in the admin report, they show the service gaps. Shared by the server
 * (which validates them) and the staff workspace (which offers them).
 */
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
