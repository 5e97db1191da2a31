import { ERRORS, type ErrorCode, type FieldError } from './catalogue.js';

/** An RFC 9457 problem document, with our `code` and the field `errors` extension. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly errors: readonly FieldError[];
}

export const PROBLEM_TYPE_BASE = 'https://carelevel.org/problems/';

export function problem(code: ErrorCode, errors: readonly FieldError[] = [], detail?: string): Problem {
  const { status, title } = ERRORS[code];
  return { type: PROBLEM_TYPE_BASE + code, title, status, code, ...(detail ? { detail } : {}), errors };
}
