import { ROLES, ROLE_GROUPS } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const referralRoutes: readonly StaffRoute[] = [
  {
    path: 'referrals',
    roles: ROLE_GROUPS.careTeam,
    load: () => import('./referral-board-page.js'),
    nav: { label: words.nav.referrals, order: 20 },
  },
  // Program staff open the referrals sent to their programs; the server refuses the others.
  { path: 'referrals/:referralId', roles: ROLES, load: () => import('./referral-page.js') },
  { path: 'people/:personId/refer', roles: ROLE_GROUPS.careTeam, load: () => import('./new-referral-page.js') },
];
