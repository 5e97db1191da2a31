import { health } from '@carelevel/contract';
import { RULES_VERSION } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { databaseAnswers } from '../db/ping.js';
import { answers } from './answers.js';
import type { ServerContext } from './context.js';

export const healthRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], summary: 'Liveness and database reachability', response: answers({ 200: health, 503: health }) },
    },
    async (_req, reply) => {
      const ok = await databaseAnswers(ctx.db);
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database: ctx.dialect, rulesVersion: RULES_VERSION });
    },
  );
  done();
};
