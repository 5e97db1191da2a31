import { ROLES, ROLE_GROUPS } from '@carelevel/contract';
import type { StaffRoute } from '../shell/route-types.js';

export const assessmentRoutes: readonly StaffRoute[] = [
  { path: 'people/:personId/assessments/new', roles: ROLE_GROUPS.assessors, load: () => import('./new-assessment-page.js') },
  // A reassessment starts from the named assessment's answers.
  { path: 'people/:personId/reassess/:fromAssessmentId', roles: ROLE_GROUPS.assessors, load: () => import('./new-assessment-page.js') },
  // Before signing, a change is a new revision that replaces the assessment (`supersedes`).
  {
    path: 'people/:personId/assessments/:reviseAssessmentId/revise',
    roles: ROLE_GROUPS.assessors,
    load: () => import('./new-assessment-page.js'),
  },
  // Anyone who may read the assessment (program staff through a consent); the server decides.
  { path: 'people/:personId/assessments/:assessmentId', roles: ROLES, load: () => import('./assessment-page.js') },
];
