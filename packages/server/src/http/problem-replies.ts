import { DomainError, problemDocument, type FieldIssue, type ProblemCode } from '@carelevel/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { operationOutcome } from '../fhir/operation-outcome.js';

/** Fastify's own client-error codes, as ours. */
const FASTIFY_CODES: Readonly<Record<string, readonly [ProblemCode, FieldIssue]>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid-json', { path: ['body'], message: 'must be a JSON document' }],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid-json', { path: ['body'], message: 'must be a JSON document' }],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', { path: ['headers', 'content-type'], message: 'must be application/json' }],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', { path: ['body'], message: 'is too large' }],
};

interface Classified {
  readonly code: ProblemCode;
  readonly issues: readonly FieldIssue[];
  readonly detail?: string | undefined;
}

/** Anything thrown, as a problem code and the fields at fault; what is not ours becomes `internal`. */
function classify(err: unknown): Classified {
  if (err instanceof DomainError) return { code: err.code, issues: err.issues, detail: err.detail };
  const fe = err as Partial<FastifyError> | null;
  const known = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { code: known[0], issues: [known[1]] };
  // Other 4xx from Fastify itself (a bad content-length, say) stay client errors, never 5xx.
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return {
      code: fe.statusCode === 429 ? 'too-many-attempts' : 'invalid-request',
      issues: [{ path: ['request'], message: 'is malformed' }],
    };
  return { code: 'internal', issues: [] };
}

export function sendProblem(reply: FastifyReply, code: ProblemCode, issues: readonly FieldIssue[] = [], detail?: string): FastifyReply {
  const body = problemDocument(code, issues, detail);
  // The FHIR API answers the same problem as FHIR's own error resource, so a record's engine reads it.
  if (reply.request.url.startsWith('/fhir/'))
    return reply.code(body.status).type('application/fhir+json; charset=utf-8').send(operationOutcome(body));
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** The single place where errors become answers: problem+json, never a stack trace. */
export function installProblemReplies(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { code, issues, detail } = classify(err);
    // The error's class, message and stack only; messages from our code never carry PHI.
    if (code === 'internal') {
      const e = err instanceof Error ? err : new Error(String(err));
      req.log.error({ err: { type: e.name, message: e.message, stack: e.stack } }, 'unhandled error');
    }
    return sendProblem(reply, code, issues, detail);
  });
  app.setNotFoundHandler((_req, reply) => sendProblem(reply, 'not-found'));
}
