import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import type { ServerContext } from '../http/context.js';
import { reportWindow } from './report-window.js';
import { summaryReport } from './summary-report.js';

const summaryQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

/** Counts for administrators and planners (product.md §1): aggregates only, never a person. */
export const reportRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/v1/reports/summary',
    {
      schema: {
        tags: ['reports'],
        summary: 'Placements by level, indicated-versus-chosen variance, referral outcomes and waiting times (admin)',
        querystring: summaryQuery,
      },
    },
    async (req, reply) => {
      requireRole(req, ['admin']);
      const report = await summaryReport(ctx.db, reportWindow(req.query.from, req.query.to));
      return reply.header('cache-control', 'no-store').send(report);
    },
  );
  done();
};
