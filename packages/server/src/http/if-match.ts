import { DomainError } from '@carelevel/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';

const ETAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/** The version a client read, from `If-Match: "3"` (weak or bare forms accepted); undefined when absent. */
export function ifMatch(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined || raw === '') return undefined;
  const m = ETAG.exec(raw.trim());
  if (!m?.[1]) throw new DomainError('invalid-request', [{ path: ['headers', 'if-match'], message: 'must be an ETag like "3"' }]);
  return Number(m[1]);
}

/** The version a client read; 428 when it sent none. */
export function requireIfMatch(req: FastifyRequest): number {
  const version = ifMatch(req);
  if (version === undefined)
    throw new DomainError('if-match-required', [{ path: ['headers', 'if-match'], message: 'is required: send the ETag you read' }]);
  return version;
}

export const setEtag = (reply: FastifyReply, version: number): FastifyReply => reply.header('etag', `"${version}"`);
