import { z } from 'zod';
import type { FieldIssue } from './field-issue.js';
import { PROBLEM_CODES, PROBLEM_TYPE_BASE, PROBLEMS, type ProblemCode } from './problem-codes.js';

export const fieldPathSchema = z.array(z.union([z.string(), z.number().int()]));
export const fieldIssueSchema = z.object({ path: fieldPathSchema, message: z.string() });

/** An RFC 9457 problem document with our `code` and the `errors` of every field at fault. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES),
    detail: z.string().optional(),
    errors: z.array(fieldIssueSchema),
  })
  .meta({
    id: 'Problem',
    description: 'application/problem+json (RFC 9457); `errors[].path` is the field at fault from the request root, as segments',
  });
export type Problem = z.infer<typeof problemSchema>;

export function problemDocument(code: ProblemCode, errors: readonly FieldIssue[] = [], detail?: string): Problem {
  const { status, title } = PROBLEMS[code];
  return {
    type: PROBLEM_TYPE_BASE + code,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    errors: errors.map((e) => ({ ...e, path: [...e.path] })),
  };
}
