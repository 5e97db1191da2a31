import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const dashboardRoutes: readonly StaffRoute[] = [
  { path: 'dashboard', roles: ['admin'], load: () => import('./dashboard-page.js'), nav: { label: words.nav.dashboard, order: 40 } },
];
