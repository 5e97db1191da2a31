import { api, seg } from '../api/client.js';
import type { TimelineView } from '@carelevel/contract';

export const timelineKey = (personId: string) => ['timeline', personId] as const;

export const readTimeline = (personId: string): Promise<TimelineView> => api.get<TimelineView>(`api/v1/people/${seg(personId)}/timeline`);
