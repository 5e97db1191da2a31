import type { Answers, Voice } from './question-types.js';

/** Who the answers are about, as the words name them: "you", or "he", "she", "they" for someone else. */
export function voiceOf(a: Answers): Voice {
  const who = a['who'];
  return who === 'he' || who === 'she' || who === 'they' ? who : 'you';
}

/** The single answer to a question, or undefined. */
export function one(a: Answers, id: string): string | undefined {
  const v = a[id];
  return typeof v === 'string' ? v : undefined;
}

/** The choices made in a "choose all that apply" question (empty when unanswered). */
export function many(a: Answers, id: string): readonly string[] {
  const v = a[id];
  return v === undefined || typeof v === 'string' ? [] : v;
}

export function has(a: Answers, id: string, option: string): boolean {
  return many(a, id).includes(option);
}

const SUBSTANCE_CONCERN = new Set(['substance-use', 'co-occurring']);
const MIND_CONCERN = new Set(['mental-health', 'co-occurring']);

/** Unanswered concern means we ask everything rather than skip something that matters. */
export const asksAboutUse = (a: Answers): boolean => {
  const c = one(a, 'concern');
  return c === undefined || SUBSTANCE_CONCERN.has(c);
};
export const asksAboutMind = (a: Answers): boolean => {
  const c = one(a, 'concern');
  return c === undefined || MIND_CONCERN.has(c);
};
export const usesAny = (a: Answers, names: readonly string[]): boolean => asksAboutUse(a) && names.some((n) => has(a, 'substances', n));
/** Substances whose withdrawal can be dangerous or needs medical care. */
export const WITHDRAWAL_SUBSTANCES = ['alcohol', 'opioids', 'benzodiazepines'] as const;
export const usesSomething = (a: Answers): boolean => asksAboutUse(a) && many(a, 'substances').some((s) => s !== 'none');
