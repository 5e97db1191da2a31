import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const listingRoutes: readonly StaffRoute[] = [
  {
    path: 'program-reports',
    roles: ['admin'],
    load: () => import('./program-reports-page.js'),
    nav: { label: words.nav.listingReports, order: 45 },
  },
];
