import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import type { ServerContext } from '../http/context.js';
import { paging } from '../http/paging.js';

const filters = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  personId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  ...paging,
});

/** Admins read the audit log; reading it is not itself a read of a person's record. */
export const auditRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/v1/audit-events',
    { schema: { tags: ['audit'], summary: 'Audit events, newest first (admin)', querystring: filters } },
    async (req) => {
      requireRole(req, ['admin']);
      const q = req.query;
      let query = ctx.db.selectFrom('audit_events');
      if (q.entityType) query = query.where('entity_type', '=', q.entityType);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      if (q.personId) query = query.where('person_id', '=', q.personId);
      if (q.actorId) query = query.where('actor_id', '=', q.actorId);
      const rows = await query.selectAll().orderBy('seq', 'desc').limit(q.limit).offset(q.offset).execute();
      return {
        limit: q.limit,
        offset: q.offset,
        events: rows.map((e) => ({
          seq: Number(e.seq),
          at: e.at,
          actorId: e.actor_id,
          action: e.action,
          entityType: e.entity_type,
          entityId: e.entity_id,
          personId: e.person_id,
          ip: e.ip,
        })),
      };
    },
  );
  done();
};
