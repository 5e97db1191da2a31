import { RULES_VERSION } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { ServerContext } from './context.js';

export const healthRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Liveness and database reachability' } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok', database: ctx.dialect, rulesVersion: RULES_VERSION };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: ctx.dialect, rulesVersion: RULES_VERSION });
    }
  });
  done();
};
