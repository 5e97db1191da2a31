import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

/**
 * No PHI in logs. Requests are logged by method and route pattern (`/api/v1/people/:id`), never the
 * URL as sent (a query string could hold a name); bodies are never logged; anything that slips into a
 * log object under a personal field name is censored.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'body',
  '*.body',
  'password',
  '*.password',
  '*.givenName',
  '*.familyName',
  '*.birthDate',
  '*.given_name',
  '*.family_name',
  '*.birth_date',
  '*.query',
  '*.email',
  'email',
];

export function loggerOptions(level: string, stream?: DestinationStream): LoggerOptions & { stream?: DestinationStream } {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', reqId: req.id }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
    },
    ...(stream ? { stream } : {}),
  };
}
