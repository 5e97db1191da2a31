import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/catalogue.js';

/** The version a client read, from `If-Match: "3"` (weak or bare forms accepted); 428 when absent. */
export function requireIfMatch(req: FastifyRequest): number {
  const raw = req.headers['if-match'];
  if (raw === undefined || raw === '')
    throw new ApiError('if-match-required', [{ path: 'headers.if-match', message: 'is required: send the ETag you read' }]);
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw.trim());
  if (!m?.[1]) throw new ApiError('invalid-request', [{ path: 'headers.if-match', message: 'must be an ETag like "3"' }]);
  return Number(m[1]);
}

export const setEtag = (reply: FastifyReply, version: number): FastifyReply => reply.header('etag', `"${version}"`);
