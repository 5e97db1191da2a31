import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { preferredEncoding } from './content-negotiation.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const JSON_TYPE = /^application\/(?:problem\+|fhir\+)?json\b/;

/** Below this, compressing costs more time than the bytes it saves (a few packets at most). */
export const COMPRESS_JSON_FROM_BYTES = 1024;

function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const list = typeof current === 'string' && current ? current.split(',').map((v) => v.trim()) : [];
  if (!list.some((v) => v.toLowerCase() === field)) reply.header('vary', [...list, field].join(', '));
}

/**
 * Compress JSON answers of a kilobyte or more (program searches, timelines, the OpenAPI document)
 * for clients that accept it. Brotli at a low quality: most of its saving for a small share of the
 * time, since this runs on every such answer rather than once at build. Streams (PDFs) and answers
 * something else already encoded are left as they are.
 */
export function installJsonCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding') || !JSON_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const size = Buffer.byteLength(payload);
    if (size < COMPRESS_JSON_FROM_BYTES) return payload;
    addVary(reply, 'accept-encoding');
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    if (!encoding) return payload;
    const body =
      encoding === 'br'
        ? await brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: size } })
        : await gzipAsync(payload, { level: 6 });
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return body;
  });
}
