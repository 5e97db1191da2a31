import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCALES, type Locale } from '@carelevel/engine';
import type { FastifyBaseLogger } from 'fastify';
import secureJsonParse from 'secure-json-parse';
import { ApiError } from '../errors/catalogue.js';
import { problem } from '../errors/problem.js';
import { COMPRESS_JSON_FROM_BYTES } from '../http/compress-json.js';
import { evaluateCase } from './case-body.js';

const PATH = '/api/v1/evaluate';
const LOCALE_QUERY = `${PATH}?locale=`;
const JSON_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
// The same proto- and constructor-poisoning guard Fastify's own JSON parser applies.
const PARSE_OPTIONS = { protoAction: 'error', constructorAction: 'error' } as const;

/**
 * Which requests the evaluate fast path answers: an anonymous POST of a JSON body of known length to
 * the plain path, optionally with `?locale=`. Anything else (a cookie or token, which Fastify would
 * check; another query; chunked or oversized bodies; other media types) goes to Fastify's route,
 * which answers the same way: both run `evaluateCase` and the same problem documents.
 */
export function fastPathLocale(req: IncomingMessage, bodyLimit: number): Locale | undefined {
  if (req.method !== 'POST') return undefined;
  const url = req.url ?? '';
  let locale: Locale = 'en';
  if (url !== PATH) {
    if (!url.startsWith(LOCALE_QUERY)) return undefined;
    const asked = url.slice(LOCALE_QUERY.length);
    const known = LOCALES.find((l) => l === asked);
    if (!known) return undefined;
    locale = known;
  }
  const h = req.headers;
  if (h.authorization !== undefined || h.cookie !== undefined || h['transfer-encoding'] !== undefined) return undefined;
  const type = h['content-type'];
  if (type === undefined || !JSON_TYPE.test(type)) return undefined;
  const length = Number(h['content-length']);
  return length > 0 && length <= bodyLimit ? locale : undefined;
}

export interface FastPathContext {
  /** The finished security headers every response carries. */
  readonly headers: Readonly<Record<string, string>>;
  /** The app's logger (same redaction and destination), known only once the app exists. */
  readonly log: () => FastifyBaseLogger;
}

let nextId = 0;

/** Read the body, run the engine, answer: the whole request without the framework's per-request work. */
export function answerEvaluate(req: IncomingMessage, res: ServerResponse, locale: Locale, ctx: FastPathContext): void {
  const started = performance.now();
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('error', () => res.destroy());
  req.on('end', () => {
    const { status, type, payload } = respond(chunks, locale, ctx);
    const length = Buffer.byteLength(payload);
    // The same Vary the framework's route sends (an answer this size may be compressed there); the fast
    // path itself always answers uncompressed, which every client accepts.
    const vary = length >= COMPRESS_JSON_FROM_BYTES ? { vary: 'accept-encoding' } : {};
    res.writeHead(status, { ...ctx.headers, ...vary, 'content-type': type, 'content-length': length });
    res.end(payload);
    ctx.log().info(
      {
        reqId: `ev-${(nextId++).toString(36)}`,
        res: { method: 'POST', route: PATH, statusCode: status },
        responseTime: performance.now() - started,
      },
      'request completed',
    );
  });
}

function respond(chunks: readonly Buffer[], locale: Locale, ctx: FastPathContext): { status: number; type: string; payload: string } {
  try {
    const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
    return { status: 200, type: 'application/json; charset=utf-8', payload: JSON.stringify(evaluateCase(parseJson(text), locale, 'body')) };
  } catch (err) {
    if (!(err instanceof ApiError))
      ctx.log().error({ err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'unhandled error');
    const body = err instanceof ApiError ? problem(err.code, err.errors, err.detail) : problem('internal');
    return { status: body.status, type: 'application/problem+json; charset=utf-8', payload: JSON.stringify(body) };
  }
}

function parseJson(text: string): unknown {
  try {
    return secureJsonParse.parse(text, undefined, PARSE_OPTIONS);
  } catch {
    throw new ApiError('invalid-json', [{ path: 'body', message: 'must be a JSON document' }]);
  }
}
