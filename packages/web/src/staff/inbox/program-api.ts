import type { ListingConfirmation, OpeningsReport, ScheduleChange } from '@carelevel/contract';
import { api, seg } from '../api/client.js';

/** `PUT /api/v1/programs/:id/openings`: the server stamps the time it was reported. */
export const reportOpenings = (programId: string, o: OpeningsReport): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/openings`, o);

/** `PUT /api/v1/programs/:id/schedule`: the tracks of the program's IOP or day program. */
export const saveSchedule = (programId: string, change: ScheduleChange): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/schedule`, change);

/** `POST /api/v1/programs/:id/confirmation`: the listing is right (no correction) or with what changed; stamped confirmed today. */
export const confirmListing = (programId: string, c: ListingConfirmation): Promise<unknown> =>
  api.post(`api/v1/programs/${seg(programId)}/confirmation`, c);
