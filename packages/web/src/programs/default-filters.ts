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
  return out;
}
