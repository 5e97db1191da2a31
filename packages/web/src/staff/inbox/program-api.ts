import { api, seg } from '../api/client.js';

export interface OpeningsInput {
  readonly acceptingNewClients: boolean;
  readonly beds?: number;
  readonly seats?: number;
  readonly waitlistDays?: number;
}

/** `PUT /api/v1/programs/:id/openings`: the server stamps the time it was reported. */
export const reportOpenings = (programId: string, o: OpeningsInput): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/openings`, o);

/** `PUT /api/v1/programs/:id/schedule`: the tracks of the program's IOP or day program. */
export const saveSchedule = (programId: string, level: string, tracks: readonly string[]): Promise<unknown> =>
  api.put(`api/v1/programs/${seg(programId)}/schedule`, { level, tracks });
