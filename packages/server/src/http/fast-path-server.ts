import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';
import { answerEvaluate, fastPathLocale, type FastPathContext } from '../assessments/evaluate-fast-path.js';

/** Fastify's own default for the server it would have made itself. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

/** How long a client may take, and how many may be connected at once (docs/operations.md). */
export interface HttpLimits {
  /** The whole request, headers and body, must arrive within this (a slow body is cut off with 408). */
  readonly requestTimeoutMs: number;
  /** The headers must arrive within this. */
  readonly headersTimeoutMs: number;
  /** Connections beyond this are closed at once; a spray of idle sockets cannot exhaust the process. */
  readonly maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { requestTimeoutMs: 60_000, headersTimeoutMs: 20_000, maxConnections: 1_024 };

/**
 * The HTTP server under Fastify, with one public route answered before the framework: evaluating a
 * case is stateless and anonymous, and at its size the framework's per-request work (hooks, content
 * type parsing, reply pipeline) cost more than the engine itself (bench/RESULTS.md). Every other
 * request, and every unusual evaluate request, goes to Fastify unchanged.
 */
export function fastPathServer(ctx: FastPathContext & { readonly bodyLimit: number; readonly limits: HttpLimits }): FastifyServerFactory {
  return (handler) => {
    const { limits } = ctx;
    const server: Server = createServer(
      // Node checks the timeouts on this interval (30 s by default), so short limits need a short one.
      { connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(limits.headersTimeoutMs / 4))) },
      (req: IncomingMessage, res: ServerResponse) => {
        const locale = fastPathLocale(req, ctx.bodyLimit);
        if (locale) answerEvaluate(req, res, locale, ctx);
        else handler(req, res);
      },
    );
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.requestTimeout = limits.requestTimeoutMs;
    server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
    server.maxConnections = limits.maxConnections;
    return server;
  };
}
