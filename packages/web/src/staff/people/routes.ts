import { CARE_TEAM, ROLES } from '../api/types.js';
import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const peopleRoutes: readonly StaffRoute[] = [
  { path: 'people', roles: CARE_TEAM, load: () => import('./people-page.js'), nav: { label: words.nav.people, order: 10 } },
  { path: 'people/new', roles: CARE_TEAM, load: () => import('./new-person-page.js') },
  // Program staff may open a record through a consent (from a referral); the server decides.
  { path: 'people/:personId', roles: ROLES, load: () => import('./person-page.js') },
];
