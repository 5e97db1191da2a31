import { api, seg } from '../api/client.js';
import type { AssessmentView, AssessmentWithDetermination, DeterminationView, NewDetermination } from '@carelevel/contract';

export const assessmentKeys = {
  list: (personId: string) => ['assessments', personId] as const,
  one: (personId: string, id: string) => ['assessment', personId, id] as const,
};

const base = (personId: string): string => `api/v1/people/${seg(personId)}/assessments`;

export const listAssessments = async (personId: string): Promise<readonly AssessmentView[]> =>
  (await api.get<{ assessments: readonly AssessmentView[] }>(base(personId))).assessments;

/** One assessment with the latest determination recorded on it. */
export const readAssessment = (personId: string, id: string): Promise<AssessmentWithDetermination> =>
  api.get<AssessmentWithDetermination>(`${base(personId)}/${seg(id)}`);

/** The server validates the case with the engine and runs it again: what it stores is its own result. */
export const saveAssessment = (personId: string, careCase: unknown, supersedes?: string): Promise<AssessmentView> =>
  api.post<AssessmentView>(base(personId), { case: careCase, locale: 'en', ...(supersedes ? { supersedes } : {}) });

export const signAssessment = (personId: string, id: string): Promise<AssessmentView> =>
  api.post<AssessmentView>(`${base(personId)}/${seg(id)}/sign`);

/** The level chosen, a variance reason when it differs, and any rating adjustments with their rationale. */
export const recordDetermination = (personId: string, id: string, d: NewDetermination): Promise<DeterminationView> =>
  api.post<DeterminationView>(`${base(personId)}/${seg(id)}/determination`, d);
