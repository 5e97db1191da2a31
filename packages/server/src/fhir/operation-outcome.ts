import { fieldPathText, type Problem } from '@carelevel/contract';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** FHIR's issue type for each HTTP status our problems carry (R4 issue-type value set). */
function issueCode(status: number): OperationOutcomeIssue['code'] {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too-costly';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'exception';
  return status === 400 ? 'invalid' : 'processing';
}

/**
 * A problem document as FHIR's OperationOutcome: the same code and field paths, so a record's
 * integration engine and our own API read the same error. The field at fault goes in `expression`.
 */
export function operationOutcome(problem: Problem): OperationOutcome {
  const code = issueCode(problem.status);
  const severity = problem.status >= 500 ? 'fatal' : 'error';
  const details = { coding: [{ system: 'https://carelevel.org/problems', code: problem.code }], text: problem.title };
  const issues: OperationOutcomeIssue[] =
    problem.errors.length === 0
      ? [{ severity, code, details, ...(problem.detail ? { diagnostics: problem.detail } : {}) }]
      : problem.errors.map((e) => ({
          severity,
          code,
          details,
          diagnostics: `${fieldPathText(e.path)} ${e.message}`,
          expression: [fieldPathText(e.path)],
        }));
  return { resourceType: 'OperationOutcome', issue: issues };
}
