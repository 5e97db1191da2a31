import { api, seg } from '../api/client.js';
import type { SessionListing } from '../account/account-api.js';
import type { Role } from '../api/types.js';

export interface StaffAccount {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly programs: readonly string[];
  readonly createdAt: string;
  readonly lockedUntil: string | null;
  readonly disabledAt: string | null;
  readonly secondFactor: boolean;
  readonly activeSessions: number;
}

export interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: Role | '';
  readonly programs?: readonly string[];
}

export interface ProgramChoice {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly state: string;
}

export const userKeys = {
  all: ['users'] as const,
  setup: ['setup'] as const,
  sessions: (id: string) => ['users', id, 'sessions'] as const,
  security: ['settings', 'security'] as const,
};

export const listAccounts = async (): Promise<StaffAccount[]> => (await api.get<{ users: StaffAccount[] }>('api/v1/users')).users;
export const addAccount = (a: NewAccount): Promise<{ user: StaffAccount }> => api.post('api/v1/users', a);
export const setupNeeded = async (): Promise<boolean> => (await api.get<{ needed: boolean }>('api/v1/setup')).needed;
export const createFirstAdmin = (c: { email: string; password: string }): Promise<unknown> => api.post('api/v1/setup', c);

/** Programs near a ZIP or place, to bind program staff to (the public directory search). */
export async function programsNear(near: string): Promise<ProgramChoice[]> {
  const q = new URLSearchParams({ near, radiusMiles: '25', limit: '20' });
  const found = await api.get<{ results: { program: { id: string; name: string; address: { city: string; state: string } } }[] }>(
    `api/v1/programs?${q.toString()}`,
  );
  return found.results.map(({ program: p }) => ({ id: p.id, name: p.name, city: p.address.city, state: p.address.state }));
}

/** An account's lifecycle (admin): each answers the account as it is now. */
export const disableAccount = (id: string): Promise<unknown> => api.post(`api/v1/users/${seg(id)}/disable`);
export const enableAccount = (id: string): Promise<unknown> => api.post(`api/v1/users/${seg(id)}/enable`);
export const setAccountRole = (id: string, role: Role | '', programs: readonly string[]): Promise<unknown> =>
  api.put(`api/v1/users/${seg(id)}/role`, { role, ...(role === 'program-staff' ? { programs } : {}) });
export const setAccountPassword = (id: string, password: string): Promise<unknown> =>
  api.put(`api/v1/users/${seg(id)}/password`, { password });
export const removeSecondFactor = (id: string): Promise<unknown> => api.delete(`api/v1/users/${seg(id)}/second-factor`);
export const accountSessions = async (id: string): Promise<SessionListing[]> =>
  (await api.get<{ sessions: SessionListing[] }>(`api/v1/users/${seg(id)}/sessions`)).sessions;
export const endAccountSessions = (id: string): Promise<{ ended: number }> => api.delete(`api/v1/users/${seg(id)}/sessions`);

export interface SecuritySettings {
  readonly secondFactorRequired: boolean;
}
export const securitySettings = (): Promise<SecuritySettings> => api.get('api/v1/settings/security');
export const saveSecuritySettings = (s: SecuritySettings): Promise<SecuritySettings> => api.put('api/v1/settings/security', s);
