import { getProgram } from '@carelevel/directory';
import { isLevelCode, LOCALES, type AftercarePlan, type LevelCode } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Principal } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { readableParts, requirePersonAccess } from '../people/person-access.js';
import type { ServerTables } from '../storage/tables.js';
import { renderPlanPdf, type PlanProgram, type PrintablePlan } from './pdf/render-plan-pdf.js';

const pdfQuery = z.object({
  copy: z.enum(['person', 'clinician']).default('person'),
  /** The plan's own language when not given. */
  locale: z.enum(LOCALES).optional(),
});

/** The programs the plan names, with the phone and address the person needs to reach them. */
async function planPrograms(db: Kysely<ServerTables>, plan: AftercarePlan): Promise<Map<string, PlanProgram>> {
  const out = new Map<string, PlanProgram>();
  for (const id of new Set(plan.components.flatMap((c) => (c.programId ? [c.programId] : [])))) {
    const p = await getProgram(db, id);
    if (!p) continue;
    const a = p.address;
    const street = [a.street1, a.street2].filter(Boolean).join(', ');
    const address = [street, a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    out.set(id, { name: p.name, phone: p.intakePhone || p.phone, address });
  }
  return out;
}

/** Where the person is now and what was last decided, for the clinician copy. */
async function currentLevels(db: Kysely<ServerTables>, personId: string): Promise<NonNullable<PrintablePlan['levels']>> {
  const open = await db
    .selectFrom('episodes')
    .select('level')
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .orderBy('started_on', 'desc')
    .executeTakeFirst();
  const decided = await db
    .selectFrom('determinations')
    .select(['chosen_level', 'indicated_level'])
    .where('person_id', '=', personId)
    .orderBy('decided_at', 'desc')
    .executeTakeFirst();
  const level = (l: string | undefined): LevelCode | null => (isLevelCode(l) ? l : null);
  return { current: level(open?.level), chosen: level(decided?.chosen_level), indicated: level(decided?.indicated_level) };
}

async function mayReadLevels(db: Kysely<ServerTables>, caller: Principal, personId: string): Promise<boolean> {
  const parts = await readableParts(db, caller, personId);
  return parts.has('assessments') && parts.has('timeline');
}

/**
 * The stored aftercare plan as a PDF to print or hand over. The file name carries no name or id
 * (it lands in download folders and browser histories), and the answer is never cached.
 */
export const aftercarePdfRoute: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  app.get(
    '/api/v1/people/:id/aftercare-plan.pdf',
    {
      schema: {
        tags: ['aftercare'],
        summary: 'The aftercare plan as a PDF: the person copy in plain language, or the clinician copy with codes and levels',
        params: idParam,
        querystring: pdfQuery,
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const caller = await requirePersonAccess(db, req, req.params.id, 'aftercare');
      const row = await db.selectFrom('aftercare_plans').selectAll().where('person_id', '=', req.params.id).executeTakeFirst();
      if (!row) throw new ApiError('not-found', [], 'this person has no aftercare plan yet');
      const plan = JSON.parse(row.plan_json) as AftercarePlan;
      const locale = req.query.locale ?? plan.language ?? 'en';
      const { copy } = req.query;
      const pdf = await renderPlanPdf({
        plan,
        copy,
        locale,
        version: row.version,
        updatedOn: row.updated_at.slice(0, 10),
        programs: await planPrograms(db, plan),
        // Levels come from the timeline and the determinations: only for a reader who may see both.
        ...(copy === 'clinician' && (await mayReadLevels(db, caller, req.params.id))
          ? { levels: await currentLevels(db, req.params.id) }
          : {}),
      });
      await recordAudit(db, req, [{ action: 'read', entityType: 'aftercare-plan', entityId: row.id, personId: row.person_id }]);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="aftercare-plan-${copy}-copy-${locale}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  done();
};
