import { api, requestVersioned, seg, type Versioned } from '../api/client.js';
import type { ConsentPurpose, ConsentShare, ConsentView, ReferralList, ReferralStatus, ReferralView } from '../api/types.js';

export const referralKeys = {
  all: ['referrals'] as const,
  list: (filter: ReferralFilter) => ['referrals', 'list', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
};

export interface ReferralFilter {
  readonly programId?: string;
  readonly status?: ReferralStatus;
  readonly personId?: string;
  readonly limit?: number;
}

/** The server caps a page; the board and inbox show the most recently changed this many. */
export const BOARD_LIMIT = 200;

export function listReferrals(f: ReferralFilter = {}): Promise<ReferralList> {
  const q = new URLSearchParams({ limit: String(f.limit ?? BOARD_LIMIT) });
  if (f.programId) q.set('programId', f.programId);
  if (f.status) q.set('status', f.status);
  if (f.personId) q.set('personId', f.personId);
  return api.get<ReferralList>(`api/v1/referrals?${q.toString()}`);
}

export const readReferral = (id: string): Promise<Versioned<ReferralView>> =>
  requestVersioned<ReferralView>('GET', `api/v1/referrals/${seg(id)}`);

/** Move a referral; `version` is the one read (If-Match), so a change made meanwhile answers 412. */
export const moveReferral = (id: string, version: number, status: ReferralStatus, reason?: string): Promise<ReferralView> =>
  api.patch<ReferralView>(
    `api/v1/referrals/${seg(id)}`,
    { status, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
    { ifMatch: version },
  );

export interface NewConsent {
  readonly personId: string;
  readonly programId: string;
  readonly purpose: ConsentPurpose;
  readonly shares: readonly ConsentShare[];
  readonly expiresAt: string;
}

export const recordConsent = (c: NewConsent): Promise<ConsentView> => api.post<ConsentView>('api/v1/consents', c);

export interface NewReferral {
  readonly personId: string;
  readonly programIds: readonly string[];
  readonly level?: string;
}

export const sendReferral = (r: NewReferral): Promise<{ groupId: string; referrals: readonly ReferralView[] }> =>
  api.post<{ groupId: string; referrals: readonly ReferralView[] }>('api/v1/referrals', r);
