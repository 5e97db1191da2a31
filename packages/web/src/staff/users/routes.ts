import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const userRoutes: readonly StaffRoute[] = [
  { path: 'users', roles: ['admin'], load: () => import('./users-page.js'), nav: { label: words.users.nav, order: 50 } },
  { path: 'users/:userId', roles: ['admin'], load: () => import('./manage-account-page.js') },
];
