import type { LevelCode, TransitionAction } from '@carelevel/engine';
import { api, seg } from '../api/client.js';
import type { TransitionView } from '../api/types.js';

export interface RecordTransition {
  readonly previousAssessmentId: string;
  readonly assessmentId: string;
  readonly currentLevel: LevelCode;
  readonly action: TransitionAction;
  readonly toLevel: LevelCode;
  readonly effectiveOn: string;
  readonly note?: string;
  readonly programId?: string;
}

/** The server runs the engine's review again on the two stored assessments and keeps its advice beside the decision. */
export const recordTransition = async (personId: string, body: RecordTransition): Promise<TransitionView> =>
  (await api.post<{ transition: TransitionView }>(`api/v1/people/${seg(personId)}/transitions`, body)).transition;
