import {
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  SCHEDULE_TRACKS,
  SCOPES,
  SERVICES,
  resolveNear,
  searchPrograms,
  searchResponseView,
  SearchInputError,
  zipTable,
} from '@carelevel/directory';
import { LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { csvOf } from './csv-param.js';

// The web app's program search (docs/web.md): a ZIP, the level, a radius, and must-have filter
// groups (OR inside a group, AND across groups). Anonymous; nothing about a person is sent or kept.
const query = z.object({
  zip: z.string().regex(/^\d{5}$/, 'must be a 5-digit ZIP code'),
  level: z.enum(LEVEL_CODES),
  /** Substance use, mental health or co-occurring, so a person looking for one does not get the other by mistake. */
  scope: z.enum(SCOPES).optional(),
  /** Only programs that reported taking new clients recently. */
  acceptingNow: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  radiusMiles: z.coerce.number().positive().max(3000).default(25),
  payments: csvOf(PAYMENTS).optional(),
  scheduleTracks: csvOf(SCHEDULE_TRACKS).optional(),
  services: csvOf(SERVICES).optional(),
  populations: csvOf(POPULATIONS).optional(),
  languages: z
    .string()
    .max(200)
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(,[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$/, 'must be language tags like "es" or "es,vi"')
    .transform((s) => s.split(','))
    .optional(),
  medications: csvOf(MEDICATIONS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const programSearchRoute: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/v1/programs/search',
    {
      schema: {
        tags: ['programs'],
        summary: 'Programs near a ZIP for a level, with must-have filters (public; the web app calls this)',
        querystring: query,
      },
    },
    async (req) => {
      const q = req.query;
      const near = resolveNear(q.zip, zipTable());
      if (near.kind !== 'point')
        throw new ApiError('invalid-request', [{ path: 'query.zip', message: near.kind === 'unknown' ? near.rule : 'is ambiguous' }]);
      const filters = {
        levels: [q.level],
        ...(q.payments ? { payments: q.payments } : {}),
        ...(q.scheduleTracks ? { scheduleTracks: q.scheduleTracks } : {}),
        ...(q.services ? { services: q.services } : {}),
        ...(q.populations ? { populations: q.populations } : {}),
        ...(q.languages ? { languages: q.languages } : {}),
        ...(q.medications ? { medications: q.medications } : {}),
      };
      try {
        const found = searchPrograms(await ctx.directoryIndex(), {
          near: near.coordinates,
          radiusMiles: q.radiusMiles,
          ...(q.scope ? { scope: q.scope } : {}),
          ...(q.acceptingNow ? { acceptingNow: true } : {}),
          filters,
          limit: q.limit,
          offset: q.offset,
          now: new Date(),
        });
        return searchResponseView(found);
      } catch (err) {
        if (err instanceof SearchInputError) throw new ApiError('invalid-request', [{ path: `query.${err.field}`, message: err.rule }]);
        throw err;
      }
    },
  );
  done();
};
