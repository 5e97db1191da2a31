import { aboutStep, safetyStep } from './steps-start.js';
import { healthStep, mindStep } from './steps-health.js';
import { homeStep, readinessStep, relapseStep } from './steps-recovery.js';
import { practicalStep } from './steps-practical.js';
import { useStep } from './steps-use.js';
import type { Answers, Question, Step } from './question-types.js';

/** The order people meet the steps: who, safety first, then the six dimensions, then practical life. */
export const STEPS: readonly Step[] = [
  aboutStep,
  safetyStep,
  useStep,
  healthStep,
  mindStep,
  readinessStep,
  relapseStep,
  homeStep,
  practicalStep,
];

export const visibleQuestions = (step: Step, a: Answers): Question[] => step.questions.filter((q) => q.showIf?.(a) ?? true);

/** Steps with at least one question for this person (a step with none is skipped). */
export const visibleSteps = (a: Answers): Step[] => STEPS.filter((s) => visibleQuestions(s, a).length > 0);

/**
 * Only the answers to questions this person is shown. A branch answered and then closed (alcohol
 * chosen, then unticked) must not still count; visibility depends on answers, so this settles in a
 * few passes.
 */
export function shownAnswers(a: Answers): Answers {
  let current = a;
  for (let pass = 0; pass < 4; pass++) {
    const shown = new Set(visibleSteps(current).flatMap((s) => visibleQuestions(s, current).map((q) => q.id)));
    const next = Object.fromEntries(Object.entries(a).filter(([id]) => shown.has(id)));
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
  return current;
}

export const ALL_QUESTIONS: readonly Question[] = STEPS.flatMap((s) => s.questions);
