import type { FastifyInstance } from 'fastify';
import { ApiError, type FieldError } from '../errors/catalogue.js';

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

/** Every problem with strings and nesting in one parsed input, each with its path (`body.plan.steps.0`). */
export function inputProblems(value: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  // A stack, not recursion: a hostile body nested 100,000 deep must not overflow ours either.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { value: v, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof v === 'string') {
      if (CONTROL_CHARACTER.test(v)) errors.push({ path, message: 'must not contain control characters (such as NUL)' });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      errors.push({ path, message: `is nested too deeply (at most ${MAX_DEPTH} levels)` });
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      const childPath = `${path}.${key}`;
      if (CONTROL_CHARACTER.test(key))
        errors.push({ path: `${path}.${JSON.stringify(key)}`, message: 'names a field with control characters' });
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return errors;
}

/** One rule for every route: before any schema or handler sees the request, its strings are checked. */
export function installInputRules(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    const errors = [...inputProblems(req.params, 'params'), ...inputProblems(req.query, 'query'), ...inputProblems(req.body, 'body')];
    done(errors.length > 0 ? new ApiError('invalid-request', errors) : undefined);
  });
}
