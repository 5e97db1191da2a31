import { ROLE_GROUPS } from '@carelevel/contract';
import type { StaffRoute } from '../shell/route-types.js';

export const aftercareRoutes: readonly StaffRoute[] = [
  { path: 'people/:personId/aftercare', roles: ROLE_GROUPS.careTeam, load: () => import('./aftercare-page.js') },
];
