import type { AftercarePlan } from '@carelevel/engine';
import { isApiProblem } from '../api/api-problem.js';
import { requestVersioned, seg, type Versioned } from '../api/client.js';
import type { AftercarePlanView } from '@carelevel/contract';

export const aftercareKey = (personId: string) => ['aftercare-plan', personId] as const;

const path = (personId: string): string => `api/v1/people/${seg(personId)}/aftercare-plan`;

/** The current plan with its version, or null when the person has none yet (404). */
export async function readPlan(personId: string): Promise<Versioned<AftercarePlanView> | null> {
  try {
    return await requestVersioned<AftercarePlanView>('GET', path(personId));
  } catch (err) {
    if (isApiProblem(err) && err.status === 404) return null;
    throw err;
  }
}

/** Create (no version) or replace (If-Match: the version read) the plan; the engine's schema checks it on the server. */
export const savePlan = (personId: string, plan: AftercarePlan, version: number | undefined): Promise<Versioned<AftercarePlanView>> =>
  requestVersioned<AftercarePlanView>('PUT', path(personId), { plan }, version !== undefined ? { ifMatch: version } : {});

/** The PDF the server renders: the person's copy in plain language, or the clinician copy with codes and levels. */
export const planPdfUrl = (personId: string, copy: 'person' | 'clinician', locale: 'en' | 'es'): string =>
  `${path(personId)}.pdf?copy=${copy}&locale=${locale}`;
