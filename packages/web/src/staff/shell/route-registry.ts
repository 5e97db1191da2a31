import { accountRoutes } from '../account/routes.js';
import { aftercareRoutes } from '../aftercare/routes.js';
import { assessmentRoutes } from '../assessment/routes.js';
import { dashboardRoutes } from '../dashboard/routes.js';
import { inboxRoutes } from '../inbox/routes.js';
import { listingRoutes } from '../listings/routes.js';
import { peopleRoutes } from '../people/routes.js';
import { transitionRoutes } from '../transitions/routes.js';
import { referralRoutes } from '../referrals/routes.js';
import { userRoutes } from '../users/routes.js';
import type { StaffRoute } from './route-types.js';

/** Every page of the workspace. A feature adds one line here (see ../README.md). */
export const STAFF_ROUTES: readonly StaffRoute[] = [
  ...peopleRoutes,
  ...assessmentRoutes,
  ...transitionRoutes,
  ...referralRoutes,
  ...inboxRoutes,
  ...aftercareRoutes,
  ...dashboardRoutes,
  ...listingRoutes,
  ...userRoutes,
  ...accountRoutes,
];
