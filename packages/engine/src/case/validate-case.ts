import { caseSchema, type CareCase } from './case-schema.js';
import { fieldPathText } from './field-path.js';
import type { FieldIssue } from './schema-builder.js';

export type CaseValidation =
  { readonly ok: true; readonly value: CareCase } | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/**
 * Check a parsed document against `carelevel-case/1`. Reports every problem at once, each naming the
 * field path and the rule; never throws, whatever it is given. Unknown extra fields are tolerated.
 */
export function validateCase(input: unknown): CaseValidation {
  if (caseSchema.valid(input)) return { ok: true, value: input as CareCase };
  const errors: FieldIssue[] = [];
  caseSchema.check(input, [], errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: input as CareCase };
}

/** Whether a document is a valid `carelevel-case/1` (the fast path: no messages built). */
export const isCareCase = (input: unknown): input is CareCase => caseSchema.valid(input);

/** `path: message` lines, the form the CLI prints and the contract's example uses. */
export function formatIssues(errors: readonly FieldIssue[]): string[] {
  return errors.map((e) => `${fieldPathText(e.path)}: ${e.message}`);
}
