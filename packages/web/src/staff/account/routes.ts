import { ROLES } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const accountRoutes: readonly StaffRoute[] = [
  { path: 'account', roles: ROLES, load: () => import('./account-page.js'), nav: { label: words.account.nav, order: 90 } },
];
