import { getProgram } from '@carelevel/directory';
import { LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { ASSESSORS, CARE_TEAM } from '../accounts/roles.js';
import { recordAudit, type AuditEntry } from '../audit/audit-log.js';
import { localeQuery } from '../assessments/case-body.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { requirePersonAccess } from '../people/person-access.js';
import { engineTransitionView, reviewStoredPair } from './engine-transition.js';
import { checkNote, checkRecordedMove, transitionBody } from './transition-decision.js';
import { recordTransition } from './transition-store.js';
import { toTransitionView } from './transition-view.js';

const previewBody = z.object({
  previousAssessmentId: z.uuid(),
  assessmentId: z.uuid(),
  currentLevel: z.enum(LEVEL_CODES),
});

/** Continued-stay review (product.md §6): what the engine advises, and recording what was decided. */
export const transitionRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.post(
    '/api/v1/people/:id/transitions/preview',
    {
      schema: {
        tags: ['timeline'],
        summary: "The engine's continued-stay advice for two assessments and the current level (stores nothing)",
        params: idParam,
        querystring: localeQuery,
        body: previewBody,
      },
    },
    async (req) => {
      requireRole(req, CARE_TEAM);
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const { transition } = await reviewStoredPair(db, req.params.id, req.body, req.body.currentLevel);
      await recordAudit(
        db,
        req,
        [req.body.previousAssessmentId, req.body.assessmentId].map((entityId) => ({
          action: 'read' as const,
          entityType: 'assessment',
          entityId,
          personId: req.params.id,
        })),
      );
      return { engine: engineTransitionView(transition, req.query.locale) };
    },
  );

  app.post(
    '/api/v1/people/:id/transitions',
    {
      schema: {
        tags: ['timeline'],
        summary: 'Record a continued-stay decision beside the engine advice, ending the open episode and opening the next',
        params: idParam,
        querystring: localeQuery,
        body: transitionBody,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, ASSESSORS);
      await requirePersonAccess(db, req, req.params.id, 'timeline');
      const b = req.body;
      const { transition } = await reviewStoredPair(db, req.params.id, b, b.currentLevel);
      const errors = [...checkRecordedMove(b), ...checkNote(b, transition)];
      if (errors.length > 0) throw new ApiError('invalid-request', errors);
      if (b.programId && !(await getProgram(db, b.programId)))
        throw new ApiError('unknown-program', [{ path: 'body.programId', message: 'is not in the directory' }]);
      const { row, opened } = await db.transaction().execute(async (tx) => {
        const recorded = await recordTransition(tx, req.params.id, p.userId, b, transition);
        const r = recorded.row;
        const entries: AuditEntry[] = [{ action: 'create', entityType: 'care-transition', entityId: r.id, personId: r.person_id }];
        if (r.ended_episode_id)
          entries.push({ action: 'update', entityType: 'episode', entityId: r.ended_episode_id, personId: r.person_id });
        if (r.opened_episode_id)
          entries.push({ action: 'create', entityType: 'episode', entityId: r.opened_episode_id, personId: r.person_id });
        await recordAudit(tx, req, entries);
        return recorded;
      });
      return reply.code(201).send({
        transition: toTransitionView(row),
        engine: engineTransitionView(transition, req.query.locale),
        openedEpisode: opened
          ? { id: opened.id, programId: opened.program_id, level: opened.level, startedOn: opened.started_on, endedOn: null, outcome: null }
          : null,
      });
    },
  );
  done();
};
