import type { CareTransitionRecorded, CareTransitionView, NewCareTransition } from '@carelevel/contract';
import { api, seg } from '../api/client.js';

/** The server runs the engine's review again on the two stored assessments and keeps its advice beside the decision. */
export const recordTransition = async (personId: string, body: NewCareTransition): Promise<CareTransitionView> =>
  (await api.post<CareTransitionRecorded>(`api/v1/people/${seg(personId)}/transitions`, body)).transition;
