import type { Enrolment, SessionListing } from '@carelevel/contract';
import { api } from '../api/client.js';

export const accountKeys = { sessions: ['account', 'sessions'] as const };

export const ownSessions = async (): Promise<SessionListing[]> =>
  (await api.get<{ sessions: SessionListing[] }>('api/v1/account/sessions')).sessions;
export const signOutEverywhere = (): Promise<{ ended: number }> => api.delete('api/v1/account/sessions');
export const startEnrolment = (): Promise<Enrolment> => api.post('api/v1/account/second-factor');
export const confirmEnrolment = (code: string): Promise<{ recoveryCodes: string[] }> =>
  api.post('api/v1/account/second-factor/confirm', { code });
