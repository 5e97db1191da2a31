import { LEVEL_CODES, LOCALES, VARIANCE_REASONS } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { ASSESSORS } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError, type FieldError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { requirePersonAccess } from '../people/person-access.js';
import { newId, now } from '../storage/ids.js';
import { adjustments, checkAdjustments } from './adjustments.js';
import { toAssessmentView } from './assessment-store.js';
import { caseDocument, evaluateCase } from './case-body.js';
import { toDeterminationView } from './determination-view.js';

const assessmentParams = z.object({ id: z.uuid(), assessmentId: z.uuid() });
const newAssessment = z.object({
  case: caseDocument,
  locale: z.enum(LOCALES).default('en'),
  /** A change to an assessment is a new one that names the one it replaces. */
  supersedes: z.uuid().optional(),
});
const determination = z.object({
  chosenLevel: z.enum(LEVEL_CODES),
  varianceReason: z.enum(VARIANCE_REASONS).optional(),
  note: z.string().max(2000).optional(),
  adjustments: adjustments.optional(),
});

export const assessmentRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.post(
    '/api/v1/people/:id/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Assess: validate the case, run the engine, store both',
        params: idParam,
        body: newAssessment,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, ASSESSORS);
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const recommendation = evaluateCase(req.body.case, req.body.locale, 'case');
      const row = await db.transaction().execute(async (tx) => {
        let revision = 1;
        if (req.body.supersedes) {
          const prev = await tx
            .selectFrom('assessments')
            .select(['person_id', 'revision'])
            .where('id', '=', req.body.supersedes)
            .executeTakeFirst();
          if (prev?.person_id !== req.params.id)
            throw new ApiError('invalid-request', [{ path: 'body.supersedes', message: "must be one of this person's assessments" }]);
          revision = prev.revision + 1;
        }
        const r = {
          id: newId(),
          person_id: req.params.id,
          revision,
          supersedes: req.body.supersedes ?? null,
          case_json: JSON.stringify(req.body.case),
          recommendation_json: JSON.stringify(recommendation),
          rules_version: recommendation.rulesVersion,
          indicated_level: recommendation.level,
          created_by: p.userId,
          created_at: now(),
          signed_by: null,
          signed_at: null,
        };
        await tx.insertInto('assessments').values(r).execute();
        await recordAudit(tx, req, [{ action: 'create', entityType: 'assessment', entityId: r.id, personId: r.person_id }]);
        return r;
      });
      return reply.code(201).send(toAssessmentView(row));
    },
  );

  app.get(
    '/api/v1/people/:id/assessments',
    { schema: { tags: ['assessments'], summary: "A person's assessments, newest first", params: idParam } },
    async (req) => {
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const rows = await db
        .selectFrom('assessments')
        .selectAll()
        .where('person_id', '=', req.params.id)
        .orderBy('created_at', 'desc')
        .execute();
      await recordAudit(
        db,
        req,
        rows.map((r) => ({ action: 'list', entityType: 'assessment', entityId: r.id, personId: r.person_id })),
      );
      return { assessments: rows.map(toAssessmentView) };
    },
  );

  app.get(
    '/api/v1/people/:id/assessments/:assessmentId',
    { schema: { tags: ['assessments'], summary: 'Read an assessment', params: assessmentParams } },
    async (req) => {
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const row = await db
        .selectFrom('assessments')
        .selectAll()
        .where('id', '=', req.params.assessmentId)
        .where('person_id', '=', req.params.id)
        .executeTakeFirst();
      if (!row) throw new ApiError('not-found');
      // The latest determination travels with the assessment, so a reader sees what was decided on it.
      const latest = await db
        .selectFrom('determinations')
        .selectAll()
        .where('assessment_id', '=', row.id)
        .orderBy('decided_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      await recordAudit(db, req, [
        { action: 'read', entityType: 'assessment', entityId: row.id, personId: row.person_id },
        ...(latest ? [{ action: 'read' as const, entityType: 'determination', entityId: latest.id, personId: row.person_id }] : []),
      ]);
      return { ...toAssessmentView(row), latestDetermination: latest ? toDeterminationView(latest) : null };
    },
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/sign',
    { schema: { tags: ['assessments'], summary: 'Sign an assessment; it can never change after', params: assessmentParams } },
    async (req) => {
      const p = requireRole(req, ASSESSORS);
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const row = await db.transaction().execute(async (tx) => {
        // Conditional update: of two concurrent signatures exactly one wins.
        const result = await tx
          .updateTable('assessments')
          .set({ signed_by: p.userId, signed_at: now() })
          .where('id', '=', req.params.assessmentId)
          .where('person_id', '=', req.params.id)
          .where('signed_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) {
          const exists = await tx
            .selectFrom('assessments')
            .select('id')
            .where('id', '=', req.params.assessmentId)
            .where('person_id', '=', req.params.id)
            .executeTakeFirst();
          throw new ApiError(exists ? 'already-signed' : 'not-found');
        }
        await recordAudit(tx, req, [
          { action: 'sign', entityType: 'assessment', entityId: req.params.assessmentId, personId: req.params.id },
        ]);
        return tx.selectFrom('assessments').selectAll().where('id', '=', req.params.assessmentId).executeTakeFirstOrThrow();
      });
      return toAssessmentView(row);
    },
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/determination',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Record the level chosen (a variance reason when it differs) and any rating adjustments with their rationale',
        params: assessmentParams,
        body: determination,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, ASSESSORS);
      await requirePersonAccess(db, req, req.params.id, 'assessments');
      const a = await db
        .selectFrom('assessments')
        .select(['id', 'indicated_level', 'recommendation_json', 'signed_at'])
        .where('id', '=', req.params.assessmentId)
        .where('person_id', '=', req.params.id)
        .executeTakeFirst();
      if (!a) throw new ApiError('not-found');
      // The determination is part of what a signature closes: after it, only a new assessment decides.
      if (a.signed_at !== null) throw new ApiError('already-signed');
      const errors: FieldError[] = [];
      if (req.body.chosenLevel !== a.indicated_level && !req.body.varianceReason)
        errors.push({
          path: 'body.varianceReason',
          message: `is required when the chosen level differs from the indicated ${a.indicated_level}`,
        });
      if (req.body.varianceReason === 'clinical-judgment' && !req.body.note?.trim())
        errors.push({ path: 'body.note', message: 'is required with clinical-judgment' });
      if (errors.length > 0) throw new ApiError('invalid-request', errors);
      const adjusted = req.body.adjustments ?? [];
      checkAdjustments(adjusted, a.recommendation_json);
      const row = {
        id: newId(),
        assessment_id: a.id,
        person_id: req.params.id,
        indicated_level: a.indicated_level,
        chosen_level: req.body.chosenLevel,
        variance_reason: req.body.chosenLevel === a.indicated_level ? null : (req.body.varianceReason ?? null),
        note: req.body.note ?? null,
        decided_by: p.userId,
        decided_at: now(),
        adjustments_json: adjusted.length > 0 ? JSON.stringify(adjusted) : null,
      };
      await db.transaction().execute(async (tx) => {
        // Checked again inside the write, with the row locked on PostgreSQL (SQLite runs one write
        // transaction at a time), so a signature landing meanwhile cannot be followed by a decision.
        const still = tx.selectFrom('assessments').select('signed_at').where('id', '=', a.id);
        const current = await (ctx.dialect === 'postgres' ? still.forUpdate() : still).executeTakeFirstOrThrow();
        if (current.signed_at !== null) throw new ApiError('already-signed');
        await tx.insertInto('determinations').values(row).execute();
        await recordAudit(tx, req, [{ action: 'create', entityType: 'determination', entityId: row.id, personId: row.person_id }]);
      });
      return reply.code(201).send(toDeterminationView(row));
    },
  );
  done();
};
