import type { FieldIssue } from './field-issue.js';
import { PROBLEMS, type ProblemCode } from './problem-codes.js';

/**
 * The one error domain code throws: a problem code from the catalogue, every field at fault, and an
 * optional detail (never PHI). It carries no HTTP status; the server's HTTP layer answers it as a
 * problem document, the command line prints it, the workspace reads the same document back.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly issues: readonly FieldIssue[] = [],
    readonly detail?: string,
  ) {
    super(PROBLEMS[code].title);
    this.name = 'DomainError';
  }
}

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;

/** Every issue at once, or nothing: collect the problems, then call this. */
export function failIf(code: ProblemCode, issues: readonly FieldIssue[]): void {
  if (issues.length > 0) throw new DomainError(code, issues);
}
