import type { OpeningsReport, ScheduleChange } from '@carelevel/contract';
import { api, seg } from '../api/client.js';

/** `PUT /api/v1/programs/:id/openings`: the server stamps the time it was reported. */
export const reportOpenings = (programId: string, o: OpeningsReport): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/openings`, o);

/** `PUT /api/v1/programs/:id/schedule`: the tracks of the program's IOP or day program. */
export const saveSchedule = (programId: string, change: ScheduleChange): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/schedule`, change);
