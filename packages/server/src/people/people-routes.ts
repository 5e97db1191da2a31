import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { requireIfMatch, setEtag } from '../http/if-match.js';
import { idParam, paging } from '../http/paging.js';
import { newId, now } from '../storage/ids.js';
import { requirePersonAccess } from './person-access.js';
import { findPeople, toPersonView } from './person-store.js';

// The fewest identifiers that work: a name to call the person by, and optionally a birth date to
// tell two people of the same name apart. No address, phone or record numbers are kept here.
const personFields = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: z.iso.date().nullable().optional(),
  preferredLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "es"')
    .nullable()
    .optional(),
});
const search = z.object({ query: z.string().max(200).optional(), ...paging });

export const peopleRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  // Names are searched with POST so they never appear in a URL (or in an access log that keeps URLs).
  app.get(
    '/api/v1/people',
    { schema: { tags: ['people'], summary: 'List people, most recently changed first', querystring: z.object(paging) } },
    async (req) => {
      requireRole(req, CARE_TEAM);
      const found = await findPeople(db, undefined, req.query.limit, req.query.offset);
      await recordAudit(
        db,
        req,
        found.people.map((p) => ({ action: 'list', entityType: 'person', entityId: p.id, personId: p.id })),
      );
      return { ...found, limit: req.query.limit, offset: req.query.offset };
    },
  );

  app.post(
    '/api/v1/people/search',
    { schema: { tags: ['people'], summary: 'Search people by name (POST keeps names out of URLs)', body: search } },
    async (req) => {
      requireRole(req, CARE_TEAM);
      const found = await findPeople(db, req.body.query, req.body.limit, req.body.offset);
      await recordAudit(
        db,
        req,
        found.people.map((p) => ({ action: 'list', entityType: 'person', entityId: p.id, personId: p.id })),
      );
      return { ...found, limit: req.body.limit, offset: req.body.offset };
    },
  );

  app.post('/api/v1/people', { schema: { tags: ['people'], summary: 'Add a person', body: personFields } }, async (req, reply) => {
    const p = requireRole(req, CARE_TEAM);
    const at = now();
    const row = {
      id: newId(),
      given_name: req.body.givenName,
      family_name: req.body.familyName,
      birth_date: req.body.birthDate ?? null,
      preferred_language: req.body.preferredLanguage ?? null,
      version: 1,
      created_by: p.userId,
      created_at: at,
      updated_at: at,
    };
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('people').values(row).execute();
      await recordAudit(tx, req, [{ action: 'create', entityType: 'person', entityId: row.id, personId: row.id }]);
    });
    setEtag(reply, 1);
    return reply.code(201).send(toPersonView(row));
  });

  app.get('/api/v1/people/:id', { schema: { tags: ['people'], summary: 'Read a person', params: idParam } }, async (req, reply) => {
    await requirePersonAccess(db, req, req.params.id, 'demographics');
    const row = await db.selectFrom('people').selectAll().where('id', '=', req.params.id).executeTakeFirstOrThrow();
    await recordAudit(db, req, [{ action: 'read', entityType: 'person', entityId: row.id, personId: row.id }]);
    setEtag(reply, row.version);
    return toPersonView(row);
  });

  app.patch(
    '/api/v1/people/:id',
    { schema: { tags: ['people'], summary: 'Change a person (If-Match required)', params: idParam, body: personFields.partial() } },
    async (req, reply) => {
      requireRole(req, CARE_TEAM);
      const expected = requireIfMatch(req);
      const b = req.body;
      const updated = await db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable('people')
          .set({
            ...(b.givenName !== undefined ? { given_name: b.givenName } : {}),
            ...(b.familyName !== undefined ? { family_name: b.familyName } : {}),
            ...(b.birthDate !== undefined ? { birth_date: b.birthDate } : {}),
            ...(b.preferredLanguage !== undefined ? { preferred_language: b.preferredLanguage } : {}),
            version: expected + 1,
            updated_at: now(),
          })
          .where('id', '=', req.params.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) {
          const exists = await tx.selectFrom('people').select('id').where('id', '=', req.params.id).executeTakeFirst();
          throw new ApiError(exists ? 'stale-version' : 'not-found');
        }
        await recordAudit(tx, req, [{ action: 'update', entityType: 'person', entityId: req.params.id, personId: req.params.id }]);
        return tx.selectFrom('people').selectAll().where('id', '=', req.params.id).executeTakeFirstOrThrow();
      });
      setEtag(reply, updated.version);
      return toPersonView(updated);
    },
  );
  done();
};
