import { EPISODE_OUTCOMES, LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { readableParts, requirePersonAccess } from '../people/person-access.js';
import { newId, now } from '../storage/ids.js';
import { loadTimeline } from './timeline-view.js';

const episode = z.object({
  programId: z.string().min(1).max(64).nullable().optional(),
  level: z.enum(LEVEL_CODES),
  startedOn: z.iso.date(),
  endedOn: z.iso.date().nullable().optional(),
  outcome: z.enum(EPISODE_OUTCOMES).nullable().optional(),
});

/** The level-of-care path of one person: episodes, and the assessments, decisions and referrals between them. */
export const timelineRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.get(
    '/api/v1/people/:id/timeline',
    {
      schema: {
        tags: ['timeline'],
        summary: "A person's levels of care over time, with transitions, instrument scores and referrals",
        params: idParam,
      },
    },
    async (req) => {
      const p = await requirePersonAccess(db, req, req.params.id, 'timeline');
      const parts = await readableParts(db, p, req.params.id);
      const t = await loadTimeline(db, req.params.id, {
        assessmentDetails: parts.has('assessments'),
        // Program staff see only referrals sent to their own programs, as everywhere else.
        referralPrograms: p.role === 'program-staff' ? p.programs : undefined,
      });
      await recordAudit(db, req, [{ action: 'read', entityType: 'timeline', entityId: req.params.id, personId: req.params.id }]);
      return t;
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
