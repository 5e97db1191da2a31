import type { StaffRoute } from '../shell/route-types.js';

export const transitionRoutes: readonly StaffRoute[] = [];
