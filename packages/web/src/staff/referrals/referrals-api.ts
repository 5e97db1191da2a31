import { api, requestVersioned, seg, type Versioned } from '../api/client.js';
import type {
  NewReferral,
  ReferralGroup,
  ReferralListFilter,
  ReferralMove,
  ReferralPage,
  ReferralState,
  ReferralView,
  ReferralDelivery,
} from '@carelevel/contract';

export const referralKeys = {
  all: ['referrals'] as const,
  list: (filter: ReferralFilter) => ['referrals', 'list', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
};

/** Which referrals a page lists (the server's own list query, each part optional here). */
export type ReferralFilter = Partial<Pick<ReferralListFilter, 'programId' | 'status' | 'personId' | 'limit'>>;

/** The server caps a page; the board and inbox show the most recently changed this many. */
export const BOARD_LIMIT = 200;

export function listReferrals(f: ReferralFilter = {}): Promise<ReferralPage> {
  const q = new URLSearchParams({ limit: String(f.limit ?? BOARD_LIMIT) });
  if (f.programId) q.set('programId', f.programId);
  if (f.status) q.set('status', f.status);
  if (f.personId) q.set('personId', f.personId);
  return api.get<ReferralPage>(`api/v1/referrals?${q.toString()}`);
}

export const readReferral = (id: string): Promise<Versioned<ReferralView>> =>
  requestVersioned<ReferralView>('GET', `api/v1/referrals/${seg(id)}`);

/** The days a move may carry: the expected admission on accepting, the admission day on admitting. */
export type MoveDates = Pick<ReferralMove, 'expectedAdmissionOn' | 'admittedOn'>;

/** Move a referral; `version` is the one read (If-Match), so a change made meanwhile answers 412. */
export const moveReferral = (
  id: string,
  version: number,
  status: ReferralState,
  reason?: string,
  dates: MoveDates = {},
): Promise<ReferralView> =>
  api.patch<ReferralView>(
    `api/v1/referrals/${seg(id)}`,
    { status, ...(reason?.trim() ? { reason: reason.trim() } : {}), ...dates },
    { ifMatch: version },
  );

/** One request: the referral to every program, with the person's consent for each when given. */
export const sendReferral = (r: NewReferral): Promise<ReferralGroup> => api.post<ReferralGroup>('api/v1/referrals', r);

/** Try again to send a referral to the program's own system (a stopped delivery starts over). */
export const retryDelivery = (id: string): Promise<ReferralDelivery> =>
  api.post<ReferralDelivery>(`api/v1/referrals/${seg(id)}/delivery/retry`);
