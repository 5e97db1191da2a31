import { LEVELS, type LevelCode } from '@carelevel/engine';
import { many, one } from '../questions/answer-helpers.js';
import type { Answers } from '../questions/question-types.js';
import type { FilterGroup } from './program-search.js';

const PAYMENT_FOR_COVERAGE: Readonly<Record<string, readonly string[]>> = {
  private: ['private'],
  medicaid: ['medicaid'],
  medicare: ['medicare'],
  military: ['military'],
  va: ['va'],
  none: ['sliding-fee', 'free'],
};

/**
 * Filters filled in from the answers, shown to the person before anything is sent so they can
 * untick any of them. Schedule tracks apply only to day programs and IOP.
 */
export function defaultFilters(a: Answers, level: LevelCode): Partial<Record<FilterGroup, string[]>> {
  const out: Partial<Record<FilterGroup, string[]>> = {};
  const pay = PAYMENT_FOR_COVERAGE[one(a, 'coverage') ?? ''];
  if (pay) out.payments = [...pay];
  const tracked = level === 'intensive-outpatient' || level === 'partial-hospitalization';
  if (tracked && LEVELS[level].sleepsAt === 'home' && many(a, 'schedule').length > 0) out.scheduleTracks = [...many(a, 'schedule')];
  if (one(a, 'language') === 'es') out.languages = ['es'];
  // Under 18: programs that serve adolescents (a program for adults is not a place for a 16-year-old).
  const age = Number(one(a, 'age'));
  if (Number.isFinite(age) && age > 0 && age < 18) out.populations = ['adolescents'];
  return out;
}

export type ProgramScope = 'substance-use' | 'mental-health' | 'co-occurring';

/**
 * What the programs must treat, from what the person worries about: a mental-health worry finds
 * mental-health programs (and those that treat both), never substance-use-only ones; "both" finds
 * programs that treat both together. Shown on the form, and the person can widen it.
 */
export function defaultScope(a: Answers): ProgramScope | null {
  const c = one(a, 'concern');
  return c === 'substance-use' || c === 'mental-health' || c === 'co-occurring' ? c : null;
}
