/**
 * Every problem the API answers with, defined once: a stable code (never reused once retired), its
 * HTTP status and a title. Domain code names the code; only the HTTP layer reads the status.
 */
export const PROBLEMS = {
  'invalid-json': { status: 400, title: 'The request body is not valid JSON' },
  'invalid-request': { status: 400, title: 'The request does not match the schema' },
  'invalid-case': { status: 400, title: 'The case is not a valid carelevel-case/1 document' },
  unauthenticated: { status: 401, title: 'Sign in or send an API token' },
  'bad-credentials': { status: 401, title: 'Email or password is wrong, or the account is locked or disabled' },
  'second-factor-required': { status: 401, title: 'Enter the code from your authenticator app, or a recovery code' },
  'bad-second-factor': { status: 401, title: 'The code is wrong or was already used' },
  forbidden: { status: 403, title: 'Your role does not allow this' },
  'no-consent': { status: 403, title: 'No live consent names your program for this person' },
  'csrf-failed': { status: 403, title: 'Missing or wrong CSRF token' },
  'second-factor-enrolment-required': { status: 403, title: 'Set up a second factor (an authenticator app) before anything else' },
  'not-found': { status: 404, title: 'Not found' },
  'setup-done': { status: 409, title: 'An administrator already exists' },
  'already-signed': { status: 409, title: 'A signed assessment cannot change; create a new version' },
  'email-taken': { status: 409, title: 'A user with this email exists' },
  'last-admin': { status: 409, title: 'The last administrator who can sign in cannot be disabled or given another role' },
  'no-enrolment': { status: 409, title: 'Start second-factor enrolment first' },
  'second-factor-enrolled': { status: 409, title: 'A second factor is already enrolled; an administrator can remove it' },
  'timeline-changed': { status: 409, title: 'The timeline changed while this was recorded; reload it and try again' },
  'stale-version': { status: 412, title: 'The record changed since you read it' },
  'unsupported-media-type': { status: 415, title: 'Send application/json' },
  'invalid-transition': { status: 422, title: 'This referral cannot move to that state' },
  'consent-required': { status: 422, title: 'A referral needs a live consent for each program' },
  'unknown-program': { status: 422, title: 'No such program in the directory' },
  'engine-rating-mismatch': { status: 422, title: "The engine rating given is not the stored recommendation's" },
  'current-level-mismatch': { status: 422, title: 'The current level is not the level of the open episode' },
  'if-match-required': { status: 428, title: 'Send If-Match with the version you read' },
  'too-many-attempts': { status: 429, title: 'Too many attempts; try again later' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { readonly status: number; readonly title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

export const isProblemCode = (value: unknown): value is ProblemCode => typeof value === 'string' && Object.hasOwn(PROBLEMS, value);

/** Where a problem document's `type` points: one page per code. */
export const PROBLEM_TYPE_BASE = 'https://carelevel.org/problems/';
