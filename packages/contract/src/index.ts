// @carelevel/contract — what the server and its clients agree on: every request and answer as a zod
// schema, the problem document, roles, referral states and moves, consent terms, timing. Browser-safe.
// See README.md.

// Tables (no zod: cheap to import anywhere)
export { ROLES, ROLE_GROUPS, isRole, mayAct, type Role, type RoleGroup } from './access/roles.js';
export { CONSENT_PURPOSES, CONSENT_SHARES, type ConsentPurpose, type ConsentShare } from './consents/consent-terms.js';
export {
  REFERRAL_STATES,
  REFERRAL_MOVES,
  REFERRAL_URGENCIES,
  ADMITTED_ELSEWHERE,
  OPEN_REFERRAL_STATES,
  FHIR_TASK_STATUS,
  isReferralState,
  movesFor,
  isOpen,
  checkMove,
  checkMoveDates,
  type ReferralState,
  type ReferralUrgency,
  type MoveCheck,
  type FhirTaskStatus,
} from './referrals/referral-states.js';
export {
  ACKNOWLEDGED,
  ADMITTED,
  hoursBetween,
  daysToAdmission,
  hoursToAdmission,
  referralTiming,
  firstReached,
  type ReferralTiming,
} from './referrals/referral-timing.js';
export { PROBLEMS, PROBLEM_CODES, PROBLEM_TYPE_BASE, isProblemCode, type ProblemCode } from './problems/problem-codes.js';
export { fieldPathText, under, pathWithin, type FieldIssue, type FieldPath } from './problems/field-issue.js';
export { DomainError, isDomainError, failIf } from './problems/domain-error.js';
export { plainIssueMessage, type SchemaIssue } from './problems/plain-issue.js';
export {
  programSearchParams,
  PROGRAM_SEARCH_PATH,
  SEARCH_FILTER_GROUPS,
  type ProgramSearchRequest,
  type SearchFilterGroup,
} from './programs/program-search-request.js';

// Schemas
export { problemSchema, problemDocument, fieldIssueSchema, type Problem } from './problems/problem-document.js';
export * from './schemas/common.js';
export * from './schemas/engine-documents.js';
export * from './schemas/people.js';
export * from './schemas/assessments.js';
export * from './schemas/timeline.js';
export * from './schemas/transitions.js';
export * from './schemas/consents.js';
export * from './schemas/referrals.js';
export * from './schemas/fhir-delivery.js';
export * from './schemas/aftercare.js';
export * from './schemas/programs.js';
export * from './schemas/program-reports.js';
export { PROGRAM_PROBLEMS, type ProgramProblem } from './programs/program-problems.js';
export * from './schemas/accounts.js';
export * from './schemas/audit.js';
export * from './schemas/reports.js';
export * from './schemas/health.js';
export * from './schemas/smart.js';
