import { DomainError, plainIssueMessage, type FieldIssue } from '@carelevel/contract';
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';

/** The part of the request a schema checks, as a field path names it (`query`, not Fastify's `querystring`). */
const PARTS: Readonly<Record<string, string>> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

/**
 * Requests are checked by the route's zod schema; every issue keeps zod's own path (segments, not a
 * pointer string), under the part it sits in, so schema errors and the handlers' own errors name a
 * field the same way; the schema library's default wording is said in plain words.
 */
export const requestValidator: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => {
  const part = PARTS[httpPart ?? 'body'] ?? 'body';
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const issues: FieldIssue[] = result.error.issues.map((i) => ({
      path: [part, ...i.path.map((s) => (typeof s === 'symbol' ? String(s) : s))],
      message: plainIssueMessage(i),
    }));
    return { error: new DomainError('invalid-request', issues) };
  };
};
