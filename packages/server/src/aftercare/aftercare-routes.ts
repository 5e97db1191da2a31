import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { validateAftercarePlan } from '@carelevel/engine';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { setEtag } from '../http/if-match.js';
import { idParam } from '../http/paging.js';
import { requirePersonAccess } from '../people/person-access.js';
import { newId, now } from '../storage/ids.js';
import type { AftercarePlansTable } from '../storage/tables.js';
import { isUniqueViolation } from '../storage/unique-violation.js';

// The plan is a `carelevel-aftercare/1` document: its shape is checked by the engine's own schema
// (the same one the workspace builds against), and it is bounded in size.
const plan = z.object({
  plan: z.record(z.string(), z.unknown()).refine((p) => JSON.stringify(p).length <= 65_536, 'must be at most 64 KiB of JSON'),
});

function checkPlan(document: unknown): void {
  const issues = validateAftercarePlan(document);
  if (issues.length > 0)
    throw new ApiError(
      'invalid-request',
      issues.map((i) => ({ path: `body.plan.${i.path}`.replace(/\.$/, ''), message: i.message })),
    );
}

const view = (r: AftercarePlansTable): { personId: string; plan: unknown; version: number; updatedAt: string } => ({
  personId: r.person_id,
  plan: JSON.parse(r.plan_json) as unknown,
  version: r.version,
  updatedAt: r.updated_at,
});

const planExists = (): ApiError =>
  new ApiError('if-match-required', [{ path: 'headers.if-match', message: 'is required to replace a plan: read the current one first' }]);

/** One current aftercare plan per person; every change bumps its version (send If-Match to change it). */
export const aftercareRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.get(
    '/api/v1/people/:id/aftercare-plan',
    { schema: { tags: ['aftercare'], summary: "A person's aftercare plan", params: idParam } },
    async (req, reply) => {
      await requirePersonAccess(db, req, req.params.id, 'aftercare');
      const row = await db.selectFrom('aftercare_plans').selectAll().where('person_id', '=', req.params.id).executeTakeFirst();
      if (!row) throw new ApiError('not-found');
      await recordAudit(db, req, [{ action: 'read', entityType: 'aftercare-plan', entityId: row.id, personId: row.person_id }]);
      setEtag(reply, row.version);
      return view(row);
    },
  );

  app.put(
    '/api/v1/people/:id/aftercare-plan',
    {
      schema: {
        tags: ['aftercare'],
        summary: 'Create or replace the aftercare plan (If-Match required to replace)',
        params: idParam,
        body: plan,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, CARE_TEAM);
      await requirePersonAccess(db, req, req.params.id, 'aftercare');
      checkPlan(req.body.plan);
      const ifMatch = req.headers['if-match'];
      const at = now();
      const row = await db.transaction().execute(async (tx) => {
        const current = await tx.selectFrom('aftercare_plans').selectAll().where('person_id', '=', req.params.id).executeTakeFirst();
        if (!current) {
          const r: AftercarePlansTable = {
            id: newId(),
            person_id: req.params.id,
            plan_json: JSON.stringify(req.body.plan),
            version: 1,
            created_by: p.userId,
            created_at: at,
            updated_at: at,
          };
          // Two first saves at once both find no plan; the unique index on person_id lets one win, and
          // the other is answered as a save without If-Match over an existing plan is.
          await tx
            .insertInto('aftercare_plans')
            .values(r)
            .execute()
            .catch((err: unknown) => {
              throw isUniqueViolation(err) ? planExists() : err;
            });
          await recordAudit(tx, req, [{ action: 'create', entityType: 'aftercare-plan', entityId: r.id, personId: r.person_id }]);
          return r;
        }
        if (ifMatch === undefined) throw planExists();
        if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(current.version)) throw new ApiError('stale-version');
        const result = await tx
          .updateTable('aftercare_plans')
          .set({ plan_json: JSON.stringify(req.body.plan), version: current.version + 1, updated_at: at })
          .where('id', '=', current.id)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new ApiError('stale-version');
        await recordAudit(tx, req, [{ action: 'update', entityType: 'aftercare-plan', entityId: current.id, personId: current.person_id }]);
        return { ...current, plan_json: JSON.stringify(req.body.plan), version: current.version + 1, updated_at: at };
      });
      setEtag(reply, row.version);
      return reply.code(row.version === 1 ? 201 : 200).send(view(row));
    },
  );
  done();
};
