import type { FieldIssue } from '../case/schema-builder.js';
import { validateCase } from '../case/validate-case.js';
import type { Recommendation } from './recommendation-schema.js';
import { recommend, type AssessOptions } from './render.js';

export type AssessResult =
  { readonly ok: true; readonly recommendation: Recommendation } | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/**
 * The whole engine in one call: validate an untrusted, parsed document and, when it is a valid
 * `carelevel-case/1`, return its recommendation; otherwise every field error. Never throws.
 */
export function assess(input: unknown, options: AssessOptions = {}): AssessResult {
  const v = validateCase(input);
  if (!v.ok) return { ok: false, errors: v.errors };
  return { ok: true, recommendation: recommend(v.value, options) };
}
