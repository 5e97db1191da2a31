import { EPISODE_OUTCOMES, LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { requirePersonAccess } from '../people/person-access.js';
import { newId, now } from '../storage/ids.js';

const episode = z.object({
  programId: z.string().min(1).max(64).nullable().optional(),
  level: z.enum(LEVEL_CODES),
  startedOn: z.iso.date(),
  endedOn: z.iso.date().nullable().optional(),
  outcome: z.enum(EPISODE_OUTCOMES).nullable().optional(),
});

/** The level-of-care path of one person: episodes, and the assessments and decisions between them. */
export const timelineRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.get(
    '/api/v1/people/:id/timeline',
    { schema: { tags: ['timeline'], summary: "A person's levels of care over time", params: idParam } },
    async (req) => {
      await requirePersonAccess(db, req, req.params.id, 'timeline');
      const id = req.params.id;
      const [episodes, assessments, determinations] = await Promise.all([
        db.selectFrom('episodes').selectAll().where('person_id', '=', id).orderBy('started_on').orderBy('created_at').execute(),
        db
          .selectFrom('assessments')
          .select(['id', 'created_at', 'indicated_level', 'rules_version', 'signed_at'])
          .where('person_id', '=', id)
          .orderBy('created_at')
          .execute(),
        db.selectFrom('determinations').selectAll().where('person_id', '=', id).orderBy('decided_at').execute(),
      ]);
      await recordAudit(db, req, [{ action: 'read', entityType: 'timeline', entityId: id, personId: id }]);
      return {
        personId: id,
        episodes: episodes.map((e) => ({
          id: e.id,
          programId: e.program_id,
          level: e.level,
          startedOn: e.started_on,
          endedOn: e.ended_on,
          outcome: e.outcome,
        })),
        assessments: assessments.map((a) => ({
          id: a.id,
          at: a.created_at,
          indicatedLevel: a.indicated_level,
          rulesVersion: a.rules_version,
          signedAt: a.signed_at,
        })),
        determinations: determinations.map((d) => ({
          id: d.id,
          assessmentId: d.assessment_id,
          at: d.decided_at,
          indicatedLevel: d.indicated_level,
          chosenLevel: d.chosen_level,
          varianceReason: d.variance_reason,
        })),
      };
    },
  );

  app.post(
    '/api/v1/people/:id/episodes',
    { schema: { tags: ['timeline'], summary: 'Add an episode of care to the timeline', params: idParam, body: episode } },
    async (req, reply) => {
      const p = requireRole(req, CARE_TEAM);
      await requirePersonAccess(db, req, req.params.id, 'timeline');
      const b = req.body;
      if (b.endedOn && b.endedOn < b.startedOn)
        throw new ApiError('invalid-request', [{ path: 'body.endedOn', message: 'must not be before startedOn' }]);
      const row = {
        id: newId(),
        person_id: req.params.id,
        program_id: b.programId ?? null,
        level: b.level,
        started_on: b.startedOn,
        ended_on: b.endedOn ?? null,
        outcome: b.outcome ?? null,
        created_by: p.userId,
        created_at: now(),
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('episodes').values(row).execute();
        await recordAudit(tx, req, [{ action: 'create', entityType: 'episode', entityId: row.id, personId: row.person_id }]);
      });
      return reply.code(201).send({
        id: row.id,
        programId: row.program_id,
        level: row.level,
        startedOn: row.started_on,
        endedOn: row.ended_on,
        outcome: row.outcome,
      });
    },
  );
  done();
};
