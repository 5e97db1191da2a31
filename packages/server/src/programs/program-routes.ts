import {
  DomainError,
  listingConfirmation,
  listingConfirmed,
  openingsAnswer,
  openingsReport,
  program,
  programIdParams,
  programSearchAnswer,
  programSearchQuery,
  scheduleAnswer,
  scheduleChange,
} from '@carelevel/contract';
import { correctProgram, getProgram, reportOpenings, setScheduleTracks } from '@carelevel/directory';
import { appendAudit } from '../audit/audit-store.js';
import { changerOf } from '../http/client-address.js';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caller } from '../accounts/authenticate.js';
import type { Principal } from '../accounts/principal.js';
import { answers } from '../http/answers.js';
import type { ServerContext } from '../http/context.js';
import { findPrograms } from './program-search.js';

/** Program staff keep only their own programs' listing current; an administrator any. */
function ownProgram(p: Principal, programId: string): void {
  if (p.role === 'program-staff' && !p.programs.includes(programId)) throw new DomainError('forbidden');
}

/** Where the search that once had its own path and answer now is: the same query, renamed. */
function searchUrl(query: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const name = key === 'zip' ? 'near' : key === 'level' ? 'levels' : key;
    for (const v of [value ?? []].flat()) q.append(name, v);
  }
  return `/api/v1/programs?${q.toString()}`;
}

/** The public program finder over the directory, and program staff keeping their listing current. */
export const programRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['programs'];

  app.get(
    '/api/v1/programs',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Find programs near a place, for levels of care, with must-have filters (public; the one program search)',
        querystring: programSearchQuery,
        response: answers({ 200: programSearchAnswer }),
      },
    },
    async (req) => findPrograms(await ctx.directoryIndex(), req.query, new Date()),
  );

  app.get(
    '/api/v1/programs/search',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Moved: answers 308 to GET /api/v1/programs with `zip` as `near` and `level` as `levels`',
        querystring: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
        response: answers({ 308: z.null().meta({ description: 'Permanent redirect to /api/v1/programs' }) }),
      },
    },
    (req, reply) => {
      void reply.redirect(searchUrl(req.query), 308);
    },
  );

  app.get(
    '/api/v1/programs/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One program (public)', params: programIdParams, response: answers({ 200: program }) },
    },
    async (req) => {
      const found = await getProgram(db, req.params.id);
      if (!found) throw new DomainError('not-found');
      return found;
    },
  );

  app.put(
    '/api/v1/programs/:id/openings',
    {
      config: { access: 'programEditors' },
      schema: {
        tags,
        summary: "Report the program's openings now (its own staff, or admin)",
        params: programIdParams,
        body: openingsReport,
        response: answers({ 200: openingsAnswer }),
      },
    },
    async (req) => {
      ownProgram(caller(req), req.params.id);
      const openings = { ...req.body, reportedAt: new Date().toISOString() };
      if (!(await reportOpenings(db, req.params.id, openings))) throw new DomainError('not-found');
      ctx.invalidateDirectory();
      return { programId: req.params.id, openings };
    },
  );

  app.post(
    '/api/v1/programs/:id/confirmation',
    {
      config: { access: 'programEditors' },
      schema: {
        tags,
        summary:
          "Confirm the program's listing is right, or correct it, stamping it confirmed by the program today (its own staff, or admin)",
        params: programIdParams,
        body: listingConfirmation,
        response: answers({ 200: listingConfirmed }),
      },
    },
    async (req) => {
      const p = caller(req);
      ownProgram(p, req.params.id);
      const at = new Date();
      const found = await db.transaction().execute(async (tx) => {
        const ok = await correctProgram(tx, req.params.id, req.body.correction ?? {}, { who: p.userId, at, confirm: true });
        if (ok) await appendAudit(tx, [{ action: 'update', entityType: 'program', entityId: req.params.id }], changerOf(req));
        return ok;
      });
      if (!found) throw new DomainError('not-found');
      ctx.invalidateDirectory();
      return { programId: req.params.id, lastVerified: at.toISOString().slice(0, 10), verifiedBy: 'program' as const };
    },
  );

  app.put(
    '/api/v1/programs/:id/schedule',
    {
      config: { access: 'programEditors' },
      schema: {
        tags,
        summary: "Set the schedule tracks of the program's IOP or PHP (its own staff, or admin)",
        params: programIdParams,
        body: scheduleChange,
        response: answers({ 200: scheduleAnswer }),
      },
    },
    async (req) => {
      ownProgram(caller(req), req.params.id);
      const changed = await setScheduleTracks(db, req.params.id, req.body.level, req.body.tracks, new Date());
      switch (changed.kind) {
        case 'not-found':
          throw new DomainError('not-found');
        case 'level-not-offered':
          throw new DomainError('invalid-request', [{ path: ['body', 'level'], message: 'the program does not offer this level' }]);
        case 'changed-meanwhile':
          throw new DomainError('stale-version');
        case 'changed':
          ctx.invalidateDirectory();
          return { programId: req.params.id, scheduleTracks: changed.scheduleTracks };
      }
    },
  );
  done();
};
