import type { ApiProblem, FieldProblem } from './api-problem.js';

/**
 * Field errors keyed by form field name. The server names fields by path from the request root
 * (`body.varianceReason`, `body.case.withdrawal.ciwaAr`, `body.case.instruments.phq9[3]`); a form
 * names its fields by the path under a prefix (`varianceReason`, `withdrawal.ciwaAr`). Errors outside
 * every known field are kept under `''` so the error summary can still show them.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * `body.case.instruments.phq9[3]` → `instruments.phq9.3` with prefix `case`: dots only, without the
 * request part. Schema errors name the request part (`body.`) and engine errors may not (`case.…`),
 * so a leading `body.` is optional.
 */
export function normalisePath(path: string, prefix = 'body'): string {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  const bare = prefix.replace(/^body\.?/, '');
  for (const pre of [prefix, bare, `body.${bare}`].filter(Boolean)) {
    if (dotted === pre) return '';
    if (dotted.startsWith(`${pre}.`)) return dotted.slice(pre.length + 1);
  }
  return dotted.startsWith('body.') && !bare ? dotted.slice(5) : dotted;
}

/**
 * Map a problem's errors to fields. `prefix` is the part of the path before the form's own names
 * (`body` for most forms, `body.case` for the assessment). When `fields` is given, an error on a path
 * inside a field (`phq9.3` inside field `phq9`) goes to that field; one on no field goes to `''`.
 * Several messages for one field are joined.
 */
export function fieldErrors(problem: ApiProblem | null | undefined, prefix = 'body', fields?: readonly string[]): FieldErrors {
  const out: Record<string, string> = {};
  if (!problem) return out;
  const add = (key: string, message: string): void => {
    out[key] = out[key] ? `${out[key]}; ${message}` : message;
  };
  for (const e of problem.errors) add(fieldFor(e, prefix, fields), e.message);
  return out;
}

function fieldFor(e: FieldProblem, prefix: string, fields: readonly string[] | undefined): string {
  const path = normalisePath(e.path, prefix);
  if (!fields) return path;
  // The longest field that is the path or an ancestor of it.
  let best = '';
  for (const f of fields) if ((path === f || path.startsWith(`${f}.`)) && f.length > best.length) best = f;
  return best;
}

/** A DOM id for a field name (dots and brackets are legal in ids, but not handy in CSS selectors). */
export const fieldId = (form: string, name: string): string => `${form}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
