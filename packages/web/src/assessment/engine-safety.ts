import type { CrisisKind, UrgentKind } from '@carelevel/engine';
import { useEffect, useState } from 'react';
import type { Answers } from '../questions/question-types.js';
import { buildCase } from './build-case.js';

/** What the engine says must come first: emergencies, then what to act on today. */
export interface Safety {
  readonly crises: readonly CrisisKind[];
  readonly urgents: readonly UrgentKind[];
}

const NONE: Safety = { crises: [], urgents: [] };

/**
 * The engine's crises and urgent flags for the answers so far, decided on this device like the
 * level (one safety logic, the engine's). The engine loads apart from the first screen; the first
 * call fetches it, later calls reuse it. Nothing is sent anywhere.
 */
export async function safetyOf(a: Answers): Promise<Safety> {
  const engine = await import('@carelevel/engine');
  const r = engine.assess(buildCase(a));
  if (!r.ok) return NONE;
  return { crises: r.recommendation.crises ?? [], urgents: r.recommendation.urgents ?? [] };
}

/** Whether `after` holds an emergency `before` did not: after "There is no danger now", a new danger still counts. */
export function addsCrisis(before: Safety, after: Safety): boolean {
  return after.crises.some((k) => !before.crises.includes(k));
}

/** The engine's safety for the answers, or null until the engine has loaded. */
export function useSafety(a: Answers): Safety | null {
  const [safety, setSafety] = useState<{ of: Answers; value: Safety } | null>(null);
  useEffect(() => {
    let live = true;
    void safetyOf(a).then((value) => {
      if (live) setSafety({ of: a, value });
    });
    return () => {
      live = false;
    };
  }, [a]);
  return safety?.of === a ? safety.value : null;
}
