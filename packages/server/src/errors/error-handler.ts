import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, type ErrorCode, type FieldError } from './catalogue.js';
import { problem } from './problem.js';

/** JSON Pointer-ish path ("/people/0/name" → "people.0.name") so every error names its field alike. */
const pointerToPath = (pointer: string): string => pointer.replace(/^\//, '').replace(/\//g, '.');

/** Fastify's own client-error codes, as ours. */
const FASTIFY_CODES: Readonly<Record<string, readonly [ErrorCode, FieldError]>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid-json', { path: 'body', message: 'must be a JSON document' }],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid-json', { path: 'body', message: 'must be a JSON document' }],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', { path: 'content-type', message: 'must be application/json' }],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', { path: 'body', message: 'is too large' }],
};

/** Map anything thrown to (code, field errors); unknown errors become `internal` and are logged. */
function classify(err: unknown): { code: ErrorCode; errors: FieldError[]; detail?: string } {
  if (err instanceof ApiError) return { code: err.code, errors: [...err.errors], ...(err.detail ? { detail: err.detail } : {}) };
  if (hasZodFastifySchemaValidationErrors(err)) {
    // "query", not Fastify's "querystring", so schema errors and handler errors name a field alike.
    const part = err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'body');
    const errors = err.validation.map((v) => {
      const field = pointerToPath(v.instancePath);
      return { path: field ? `${part}.${field}` : part, message: v.message ?? 'is invalid' };
    });
    return { code: 'invalid-request', errors };
  }
  const fe = err as Partial<FastifyError>;
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { code: known[0], errors: [known[1]] };
  // Other 4xx from fastify itself (bad content-length, etc.) stay client errors, never 5xx.
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return {
      code: fe.statusCode === 429 ? 'too-many-attempts' : 'invalid-request',
      errors: [{ path: 'request', message: 'is malformed' }],
    };
  }
  return { code: 'internal', errors: [] };
}

export function sendProblem(reply: FastifyReply, code: ErrorCode, errors: readonly FieldError[] = [], detail?: string): FastifyReply {
  const body = problem(code, errors, detail);
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** Install the single place where errors become responses: problem+json, never a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { code, errors, detail } = classify(err);
    // Log the error class and message only; messages from our code never carry PHI.
    if (code === 'internal')
      req.log.error(
        { err: { type: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } },
        'unhandled error',
      );
    return sendProblem(reply, code, errors, detail);
  });
  app.setNotFoundHandler((_req, reply) => sendProblem(reply, 'not-found'));
}
