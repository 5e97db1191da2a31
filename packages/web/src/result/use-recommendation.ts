import { assess, type Recommendation } from '@carelevel/engine';
import { useMemo } from 'react';
import { buildCase } from '../assessment/build-case.js';
import { usesSomething } from '../questions/answer-helpers.js';
import { forThePerson } from './for-the-person.js';
import type { Answers, Lang } from '../questions/question-types.js';

/** The engine, in this browser, on the answers on this device. Nothing is sent. */
export function useRecommendation(answers: Answers, lang: Lang): Recommendation | null {
  return useMemo(() => {
    const r = assess(buildCase(answers), { locale: lang });
    return r.ok ? forThePerson(r.recommendation, usesSomething(answers)) : null;
  }, [answers, lang]);
}

/** Dimensions worth explaining: the ones that set the level first, then any with a concern. */
export function reasonsToShow(rec: Recommendation): Recommendation['dimensions'] {
  const binding = new Set(rec.binding);
  const first = rec.dimensions.filter((d) => binding.has(d.dimension));
  const rest = rec.dimensions.filter((d) => !binding.has(d.dimension) && d.rating > 0);
  return [...first, ...rest];
}
