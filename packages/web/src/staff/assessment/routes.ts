import type { StaffRoute } from '../shell/route-types.js';

export const assessmentRoutes: readonly StaffRoute[] = [];
