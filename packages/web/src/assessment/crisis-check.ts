import type { CrisisKind } from '@carelevel/engine';
import { many, one } from '../questions/answer-helpers.js';
import type { Answers } from '../questions/question-types.js';

/**
 * Every danger the answers show now, most urgent first. Checked on every answer so the crisis screen
 * comes first and at once (issue 5), before the engine runs. The engine decides the same crises again
 * on the result page.
 */
export function crisesFromAnswers(a: Answers): CrisisKind[] {
  const danger = many(a, 'dangerNow');
  const out: CrisisKind[] = [];
  if (danger.includes('overdose')) out.push('overdose');
  if (danger.includes('medical')) out.push('medical-emergency');
  if (one(a, 'suicide') === 'plan') out.push('suicide-risk');
  if (one(a, 'harmOthers') === 'now') out.push('harm-to-others');
  if (danger.includes('severeWithdrawal') || one(a, 'withdrawalNow') === 'severe') out.push('severe-withdrawal');
  return out;
}

/** The most urgent danger the answers show, or null. */
export function crisisFromAnswers(a: Answers): CrisisKind | null {
  return crisesFromAnswers(a)[0] ?? null;
}

/**
 * Whether an answer adds a danger that was not there before. Not just "no danger → danger": after
 * "I am safe now" the first danger stays answered, and a second one (a seizure now, after thoughts of
 * suicide) must still open the crisis screen at once.
 */
export function addsDanger(before: Answers, after: Answers): boolean {
  const had = new Set(crisesFromAnswers(before));
  return crisesFromAnswers(after).some((k) => !had.has(k));
}
