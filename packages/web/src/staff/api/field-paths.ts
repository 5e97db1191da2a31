import { pathWithin, type FieldIssue } from '@carelevel/contract';
import type { ApiProblem } from './api-problem.js';

/**
 * Field errors keyed by form field name. The server names each field by its path from the request
 * root (`['body', 'case', 'instruments', 'phq9', 3]`); a form names its fields by the path under a
 * prefix, dotted (`instruments.phq9.3` under `body.case`). Errors outside every known field are kept
 * under `''` so the error summary can still show them.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Map issues to fields. `prefix` is the part of the path before the form's own names (`body` for
 * most forms, `body.case` for the assessment, `query` for a search). When `fields` is given, an
 * error on a path inside a field (`phq9.3` inside field `phq9`) goes to that field; one on no field
 * goes to `''`. Several messages for one field are joined.
 */
export function issueErrors(issues: readonly FieldIssue[], prefix: string, fields?: readonly string[]): FieldErrors {
  const out: Record<string, string> = {};
  const root = prefix === '' ? [] : prefix.split('.');
  for (const e of issues) {
    const key = fieldFor(pathWithin(e.path, root), fields);
    out[key] = out[key] ? `${out[key]}; ${e.message}` : e.message;
  }
  return out;
}

export const fieldErrors = (problem: ApiProblem | null | undefined, prefix = 'body', fields?: readonly string[]): FieldErrors =>
  problem ? issueErrors(problem.errors, prefix, fields) : {};

function fieldFor(path: string | undefined, fields: readonly string[] | undefined): string {
  if (path === undefined) return '';
  if (!fields) return path;
  // The longest field that is the path or an ancestor of it.
  let best = '';
  for (const f of fields) if ((path === f || path.startsWith(`${f}.`)) && f.length > best.length) best = f;
  return best;
}

/** A DOM id for a field name (dots and brackets are legal in ids, but not handy in CSS selectors). */
export const fieldId = (form: string, name: string): string => `${form}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
