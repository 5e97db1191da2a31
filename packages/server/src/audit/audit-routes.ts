import { auditPage, auditQuery } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { ServerContext } from '../http/context.js';
import { answers } from '../http/answers.js';
import { listAuditEvents } from './audit-store.js';

/** Admins read the audit log; reading it is not itself a read of a person's record. */
export const auditRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: 'admins' },
      schema: {
        tags: ['audit'],
        summary: 'Audit events, newest first (admin)',
        querystring: auditQuery,
        response: answers({ 200: auditPage }),
      },
    },
    async (req) => {
      const events = await listAuditEvents(ctx.db, req.query);
      const last = events.at(-1);
      return {
        limit: req.query.limit,
        offset: req.query.offset,
        events,
        nextBeforeSeq: events.length === req.query.limit && last ? last.seq : null,
      };
    },
  );
  done();
};
