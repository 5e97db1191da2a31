import { fieldPathText, type FieldPath } from '@carelevel/engine';

export { fieldPathText, type FieldPath };

/**
 * One field at fault: where (the path from the request's root, as segments: `['body', 'case',
 * 'instruments', 'phq9', 3]`) and which rule it broke. Paths are data; `fieldPathText` is the one way
 * they are written for people (`body.case.instruments.phq9[3]`).
 */
export interface FieldIssue {
  readonly path: FieldPath;
  readonly message: string;
}

/** The same issues with the part of the request they sit under put in front (`body`, `query`). */
export const under = (prefix: FieldPath, issues: readonly FieldIssue[]): FieldIssue[] =>
  issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message }));

/** A path as a form names its field: the segments after `prefix`, joined with dots (`instruments.phq9.3`); undefined outside it. */
export function pathWithin(path: FieldPath, prefix: FieldPath): string | undefined {
  if (path.length < prefix.length || prefix.some((segment, i) => path[i] !== segment)) return undefined;
  return path.slice(prefix.length).join('.');
}
