import type { CrisisKind } from '@carelevel/engine';
import { many, one } from '../questions/answer-helpers.js';
import type { Answers } from '../questions/question-types.js';

/**
 * Answers that show danger now. Checked on every answer so the crisis screen comes first and at once
 * (issue 5), before the engine runs. The engine decides the same crises again on the result page.
 */
export function crisisFromAnswers(a: Answers): CrisisKind | null {
  const danger = many(a, 'dangerNow');
  if (danger.includes('overdose')) return 'overdose';
  if (danger.includes('medical')) return 'medical-emergency';
  if (one(a, 'suicide') === 'plan') return 'suicide-risk';
  if (one(a, 'harmOthers') === 'now') return 'harm-to-others';
  if (danger.includes('severeWithdrawal') || one(a, 'withdrawalNow') === 'severe') return 'severe-withdrawal';
  return null;
}
