import { api } from '../api/client.js';

export interface SessionListing {
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string;
  readonly current: boolean;
}

export interface Enrolment {
  readonly secret: string;
  readonly uri: string;
  /** The otpauth:// URI as a QR code, drawn by the server. */
  readonly qrSvg: string;
}

export const accountKeys = { sessions: ['account', 'sessions'] as const };

export const ownSessions = async (): Promise<SessionListing[]> =>
  (await api.get<{ sessions: SessionListing[] }>('api/v1/account/sessions')).sessions;
export const signOutEverywhere = (): Promise<{ ended: number }> => api.delete('api/v1/account/sessions');
export const startEnrolment = (): Promise<Enrolment> => api.post('api/v1/account/second-factor');
export const confirmEnrolment = (code: string): Promise<{ recoveryCodes: string[] }> =>
  api.post('api/v1/account/second-factor/confirm', { code });
