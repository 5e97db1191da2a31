import type { ServerOptions } from 'node:http';

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

/** The limits as the options Fastify passes to Node's HTTP server. */
export function serverLimits(limits: HttpLimits): { readonly requestTimeout: number; readonly http: ServerOptions } {
  return {
    requestTimeout: limits.requestTimeoutMs,
    http: {
      // Node checks the timeouts on this interval (30 s by default), so short limits need a short one.
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(limits.headersTimeoutMs / 4))),
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
    },
  };
}
