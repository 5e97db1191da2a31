import { api, seg } from '../api/client.js';
import type { NewUser, Role, SecuritySettings, SessionListing, UserListing } from '@carelevel/contract';

/** An account as the admin's list shows it. */
export type StaffAccount = UserListing;

/** A new account as the form holds it: the role may still be unchosen (the server names the field). */
export type NewAccount = Omit<NewUser, 'role'> & { readonly role: Role | '' };

export const userKeys = {
  all: ['users'] as const,
  setup: ['setup'] as const,
  sessions: (id: string) => ['users', id, 'sessions'] as const,
  security: ['settings', 'security'] as const,
  recordUsers: (id: string) => ['users', id, 'fhir-users'] as const,
};

export const listAccounts = async (): Promise<StaffAccount[]> => (await api.get<{ users: StaffAccount[] }>('api/v1/users')).users;
export const addAccount = (a: NewAccount): Promise<{ user: StaffAccount }> => api.post('api/v1/users', a);
export const setupNeeded = async (): Promise<boolean> => (await api.get<{ needed: boolean }>('api/v1/setup')).needed;
export const createFirstAdmin = (c: { email: string; password: string }): Promise<unknown> => api.post('api/v1/setup', c);

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

export const securitySettings = (): Promise<SecuritySettings> => api.get('api/v1/settings/security');
export const saveSecuritySettings = (s: SecuritySettings): Promise<SecuritySettings> => api.put('api/v1/settings/security', s);

/** Health-record users (fhirUser at a record) linked to an account for SMART launch. */
export interface RecordUserLink {
  readonly iss: string;
  readonly fhirUser: string;
}
export const recordUserLinks = async (id: string): Promise<readonly RecordUserLink[]> =>
  (await api.get<{ links: RecordUserLink[] }>(`api/v1/users/${seg(id)}/fhir-users`)).links;
export const linkRecordUser = (id: string, link: RecordUserLink): Promise<{ links: RecordUserLink[] }> =>
  api.put(`api/v1/users/${seg(id)}/fhir-users`, link);
