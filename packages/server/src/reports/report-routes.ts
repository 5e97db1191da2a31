import { summaryQuery, summaryReport } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';
import type { ServerContext } from '../http/context.js';
import { reportWindow } from './report-window.js';
import { summaryReport as summarise } from './summary-store.js';

/** Counts for administrators and planners: aggregates only, never a person. */
export const reportRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/v1/reports/summary',
    {
      config: { access: 'admins' },
      schema: {
        tags: ['reports'],
        summary: 'Placements by level, indicated-versus-chosen variance, referral outcomes and waiting times (admin)',
        querystring: summaryQuery,
        response: answers({ 200: summaryReport }),
      },
    },
    (req) => summarise(ctx.db, reportWindow(req.query.from, req.query.to)),
  );
  done();
};
