import { DomainError, type FieldIssue, type FieldPath } from '@carelevel/contract';
import type { FastifyInstance } from 'fastify';

/**
 * Control characters have no place in anything staff type: NUL in particular is refused by
 * PostgreSQL's text type (a 500 before this rule), and the others hide text from whoever reads it
 * later. Tab, line feed and carriage return are allowed (notes have lines).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Deeper than any document we accept (a case or an aftercare plan is a few levels); bounds every walk after this one. */
export const MAX_DEPTH = 32;
const MAX_ERRORS = 20;

/** A value still to look at, and how it was reached (the path is only built for a value at fault). */
interface Pending {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Pending | undefined;
  readonly depth: number;
}

function pathOf(p: Pending): FieldPath {
  const path: (string | number)[] = [];
  for (let at: Pending | undefined = p; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Every problem with strings and nesting in one parsed input, each with its path (`['body', 'plan', 'steps', 0]`). */
export function inputProblems(value: unknown, root: string): FieldIssue[] {
  const errors: FieldIssue[] = [];
  // A stack, not recursion: a hostile body nested 100,000 deep must not overflow ours either.
  const stack: Pending[] = [{ value, key: root, parent: undefined, depth: 0 }];
  for (let next = stack.pop(); next !== undefined && errors.length < MAX_ERRORS; next = stack.pop()) {
    const v = next.value;
    if (typeof v === 'string') {
      if (CONTROL_CHARACTER.test(v)) errors.push({ path: pathOf(next), message: 'must not contain control characters (such as NUL)' });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (next.depth >= MAX_DEPTH) {
      errors.push({ path: pathOf(next), message: `is nested too deeply (at most ${MAX_DEPTH} levels)` });
      continue;
    }
    const list = Array.isArray(v);
    for (const [key, child] of Object.entries(v)) {
      const pending: Pending = { value: child, key: list ? Number(key) : key, parent: next, depth: next.depth + 1 };
      if (CONTROL_CHARACTER.test(key)) errors.push({ path: pathOf(pending), message: 'names a field with control characters' });
      else stack.push(pending);
    }
  }
  return errors;
}

/** One rule for every route: before any schema or handler sees the request, its strings are checked. */
export function installInputRules(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    const errors = [...inputProblems(req.params, 'params'), ...inputProblems(req.query, 'query'), ...inputProblems(req.body, 'body')];
    done(errors.length > 0 ? new DomainError('invalid-request', errors) : undefined);
  });
}
