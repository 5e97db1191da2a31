import { CARE_TEAM } from '../api/types.js';
import type { StaffRoute } from '../shell/route-types.js';

export const aftercareRoutes: readonly StaffRoute[] = [
  { path: 'people/:personId/aftercare', roles: CARE_TEAM, load: () => import('./aftercare-page.js') },
];
