import { assess, type FieldIssue, type Recommendation } from '@carelevel/engine';
import { useMemo, useRef } from 'react';
import { buildCase, type Draft } from './draft.js';

export interface LiveReading {
  /** The engine's reading of the answers so far (the last valid one while some answer needs fixing). */
  readonly recommendation: Recommendation | null;
  /** The engine's field errors for what is typed now (a day count of 45, a word where a number goes). */
  readonly issues: readonly FieldIssue[];
  readonly stale: boolean;
}

/**
 * Run the engine in the browser on every change (it decides a case in microseconds). Instruments only
 * partly answered are left out until complete, so the reading never counts a missing item as zero.
 */
export function useLiveEngine(draft: Draft): LiveReading {
  const result = useMemo(() => assess(buildCase(draft, { partialInstruments: 'omit' }), { locale: 'en' }), [draft]);
  const lastGood = useRef<Recommendation | null>(null);
  if (result.ok) lastGood.current = result.recommendation;
  return result.ok
    ? { recommendation: result.recommendation, issues: [], stale: false }
    : { recommendation: lastGood.current, issues: result.errors, stale: true };
}
