import { isLevelCode, type CareCase, type LevelCode } from '@carelevel/engine';
import { useQuery } from '@tanstack/react-query';
import { assessmentKeys, listAssessments } from '../assessment/assessment-api.js';
import type { AssessmentView, TimelineView } from '@carelevel/contract';
import { readTimeline, timelineKey } from '../timeline/timeline-api.js';

/** What a referral or an aftercare plan starts from: the last decision about the person and its case. */
export interface PersonDecision {
  /** The latest determination, if one is recorded. */
  readonly determination: TimelineView['determinations'][number] | null;
  /** The assessment it was made on, else the newest signed one, else the newest. */
  readonly assessment: AssessmentView | null;
  /** The level to search for: chosen, else indicated, else none. */
  readonly level: LevelCode | null;
  readonly careCase: CareCase | null;
}

export function decisionFrom(
  determinations: readonly TimelineView['determinations'][number][],
  assessments: readonly AssessmentView[],
): PersonDecision {
  const determination = [...determinations].sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null;
  const newestFirst = [...assessments].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const assessment =
    (determination ? newestFirst.find((a) => a.id === determination.assessmentId) : undefined) ??
    newestFirst.find((a) => a.signedAt !== null) ??
    newestFirst[0] ??
    null;
  const level = determination?.chosenLevel ?? (assessment && isLevelCode(assessment.indicatedLevel) ? assessment.indicatedLevel : null);
  const careCase = assessment && typeof assessment.case === 'object' && assessment.case !== null ? (assessment.case as CareCase) : null;
  return { determination, assessment, level, careCase };
}

/** The person's last decision, from the timeline and the assessments (both read with the person's access). */
export function usePersonDecision(personId: string): {
  readonly data: PersonDecision | undefined;
  readonly error: unknown;
  readonly pending: boolean;
  readonly refetch: () => void;
} {
  const timeline = useQuery({ queryKey: timelineKey(personId), queryFn: () => readTimeline(personId) });
  const assessments = useQuery({ queryKey: assessmentKeys.list(personId), queryFn: () => listAssessments(personId) });
  const data = timeline.data && assessments.data ? decisionFrom(timeline.data.determinations, assessments.data) : undefined;
  return {
    data,
    error: timeline.error ?? assessments.error,
    pending: timeline.isPending || assessments.isPending,
    refetch: () => {
      void timeline.refetch();
      void assessments.refetch();
    },
  };
}
