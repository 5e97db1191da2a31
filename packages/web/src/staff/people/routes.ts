import { ROLES, ROLE_GROUPS } from '@carelevel/contract';
import { words } from '../i18n/words.js';
import type { StaffRoute } from '../shell/route-types.js';

export const peopleRoutes: readonly StaffRoute[] = [
  { path: 'people', roles: ROLE_GROUPS.careTeam, load: () => import('./people-page.js'), nav: { label: words.nav.people, order: 10 } },
  { path: 'people/new', roles: ROLE_GROUPS.careTeam, load: () => import('./new-person-page.js') },
  { path: 'people/:personId/edit', roles: ROLE_GROUPS.careTeam, load: () => import('./edit-person-page.js') },
  // Program staff may open a record through a consent (from a referral); the server decides.
  { path: 'people/:personId', roles: ROLES, load: () => import('./person-page.js') },
];
