import type { AssessmentView } from '@carelevel/contract';

type Dated = Pick<AssessmentView, 'id' | 'createdAt' | 'supersedes'>;

/**
 * Assessments that stand: a revision (`supersedes`) replaces the assessment it names, so only the
 * newest revision of each counts when comparing over time. Oldest first.
 */
export function standingAssessments<T extends Dated>(all: readonly T[]): T[] {
  const replaced = new Set(all.map((a) => a.supersedes).filter((id): id is string => id !== null));
  return all.filter((a) => !replaced.has(a.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The standing assessment just before this one: what a reassessment is compared with. */
export function assessmentBefore<T extends Dated>(all: readonly T[], current: Dated): T | undefined {
  const earlier = standingAssessments(all).filter(
    (a) => a.id !== current.id && a.id !== current.supersedes && a.createdAt < current.createdAt,
  );
  return earlier[earlier.length - 1];
}

/** The newest standing assessment: where the next reassessment starts. */
export function latestStanding<T extends Dated>(all: readonly T[]): T | undefined {
  const standing = standingAssessments(all);
  return standing[standing.length - 1];
}

/** The revision that replaced this assessment, if any. */
export const replacedBy = <T extends Dated>(all: readonly T[], id: string): T | undefined => all.find((a) => a.supersedes === id);
