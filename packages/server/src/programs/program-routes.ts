import { getProgram, resolveNear, SCHEDULE_TRACKS, searchPrograms, SearchInputError, zipTable, type Openings } from '@carelevel/directory';
import { LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import type { Principal } from '../accounts/roles.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { csvOf } from './csv-param.js';

const searchQuery = z.object({
  near: z.string().min(1).max(100).describe('5-digit ZIP, "LAT,LON", or "City, ST"'),
  radiusMiles: z.coerce.number().positive().max(3000).default(25),
  levels: csvOf(LEVEL_CODES).optional(),
  acceptingNow: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['fit', 'distance']).default('fit'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
const programParam = z.object({ id: z.string().min(1).max(64) });
const openings = z.object({
  acceptingNewClients: z.boolean(),
  beds: z.number().int().min(0).max(10_000).optional(),
  seats: z.number().int().min(0).max(10_000).optional(),
  waitlistDays: z.number().int().min(0).max(3650).optional(),
});
const schedule = z.object({
  level: z.enum(['intensive-outpatient', 'partial-hospitalization']),
  tracks: z.array(z.enum(SCHEDULE_TRACKS)).max(4),
});

function requireOwnProgram(req: Parameters<typeof requireRole>[0], programId: string): Principal {
  const p = requireRole(req, ['admin', 'program-staff']);
  if (p.role === 'program-staff' && !p.programs.includes(programId)) throw new ApiError('forbidden');
  return p;
}

/** The public program finder over the directory, and program staff keeping their listing current. */
export const programRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.get(
    '/api/v1/programs',
    { schema: { tags: ['programs'], summary: 'Find programs near a place (public)', querystring: searchQuery } },
    async (req) => {
      const q = req.query;
      const near = resolveNear(q.near, zipTable());
      if (near.kind === 'unknown') throw new ApiError('invalid-request', [{ path: 'query.near', message: near.rule }]);
      if (near.kind === 'choices') return { choices: near.choices, results: [], total: 0 };
      try {
        const found = searchPrograms(await ctx.directoryIndex(), {
          near: near.coordinates,
          radiusMiles: q.radiusMiles,
          ...(q.levels ? { filters: { levels: q.levels } } : {}),
          ...(q.acceptingNow !== undefined ? { acceptingNow: q.acceptingNow } : {}),
          sort: q.sort,
          limit: q.limit,
          offset: q.offset,
          now: new Date(),
        });
        return { near: near.label, ...found };
      } catch (err) {
        if (err instanceof SearchInputError) throw new ApiError('invalid-request', [{ path: `query.${err.field}`, message: err.rule }]);
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/programs/:id',
    { schema: { tags: ['programs'], summary: 'One program (public)', params: programParam } },
    async (req) => {
      const program = await getProgram(db, req.params.id);
      if (!program) throw new ApiError('not-found');
      return program;
    },
  );

  app.put(
    '/api/v1/programs/:id/openings',
    {
      schema: {
        tags: ['programs'],
        summary: "Report the program's openings now (its own staff, or admin)",
        params: programParam,
        body: openings,
      },
    },
    async (req) => {
      requireOwnProgram(req, req.params.id);
      const value: Openings = { ...req.body, reportedAt: new Date().toISOString() };
      // One column, one statement: concurrent reports from two instances cannot interleave into a mix.
      const result = await db
        .updateTable('directory_programs')
        .set({ openings: JSON.stringify(value), updated_at: value.reportedAt })
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new ApiError('not-found');
      ctx.invalidateDirectory();
      return { programId: req.params.id, openings: value };
    },
  );

  app.put(
    '/api/v1/programs/:id/schedule',
    {
      schema: {
        tags: ['programs'],
        summary: "Set the schedule tracks of the program's IOP or PHP (its own staff, or admin)",
        params: programParam,
        body: schedule,
      },
    },
    async (req) => {
      requireOwnProgram(req, req.params.id);
      const row = await db.selectFrom('directory_programs').select(['care']).where('id', '=', req.params.id).executeTakeFirst();
      if (!row) throw new ApiError('not-found');
      const care = JSON.parse(row.care) as { levels: string[]; scheduleTracks: Record<string, string[]> };
      if (!care.levels.includes(req.body.level))
        throw new ApiError('invalid-request', [{ path: 'body.level', message: 'the program does not offer this level' }]);
      const next = { ...care, scheduleTracks: { ...care.scheduleTracks, [req.body.level]: req.body.tracks } };
      // Compare-and-set on the document read: if another instance changed it meanwhile, nothing is lost silently.
      const result = await db
        .updateTable('directory_programs')
        .set({ care: JSON.stringify(next), updated_at: new Date().toISOString() })
        .where('id', '=', req.params.id)
        .where(sql<boolean>`care = ${row.care}`)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new ApiError('stale-version');
      ctx.invalidateDirectory();
      return { programId: req.params.id, scheduleTracks: next.scheduleTracks };
    },
  );
  done();
};
