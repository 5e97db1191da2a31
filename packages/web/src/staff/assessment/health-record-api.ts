import type { HealthRecordPrefill, RecordWriteBack } from '@carelevel/contract';
import { api, seg } from '../api/client.js';

export const healthRecordKey = (personId: string) => ['health-record', personId] as const;

/** What the record this session was launched from knows (`launched: false` when it was not). */
export const readHealthRecord = (personId: string): Promise<HealthRecordPrefill> =>
  api.get<HealthRecordPrefill>(`api/v1/people/${seg(personId)}/health-record`);

/** After signing: the determination and totals to the record, where its scopes allow. */
export const writeBackToRecord = (personId: string, assessmentId: string): Promise<RecordWriteBack> =>
  api.post<RecordWriteBack>(`api/v1/people/${seg(personId)}/assessments/${seg(assessmentId)}/health-record`);
