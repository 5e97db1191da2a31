import { ROLES } from '@carelevel/contract';
import type { StaffRoute } from '../shell/route-types.js';

// Program staff may open the plan through a consent that shares it (from a referral); the server decides.
export const aftercareRoutes: readonly StaffRoute[] = [
  { path: 'people/:personId/aftercare', roles: ROLES, load: () => import('./aftercare-page.js') },
];
