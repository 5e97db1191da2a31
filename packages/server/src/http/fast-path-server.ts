import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';
import { answerEvaluate, fastPathLocale, type FastPathContext } from '../assessments/evaluate-fast-path.js';

/** Fastify's own defaults for the server it would have made itself. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

/**
 * The HTTP server under Fastify, with one public route answered before the framework: evaluating a
 * case is stateless and anonymous, and at its size the framework's per-request work (hooks, content
 * type parsing, reply pipeline) cost more than the engine itself (bench/RESULTS.md). Every other
 * request, and every unusual evaluate request, goes to Fastify unchanged.
 */
export function fastPathServer(ctx: FastPathContext & { readonly bodyLimit: number }): FastifyServerFactory {
  return (handler) => {
    const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const locale = fastPathLocale(req, ctx.bodyLimit);
      if (locale) answerEvaluate(req, res, locale, ctx);
      else handler(req, res);
    });
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.requestTimeout = 0;
    return server;
  };
}
