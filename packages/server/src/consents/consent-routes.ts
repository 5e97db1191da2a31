import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import { newId, now } from '../storage/ids.js';
import type { ConsentsTable } from '../storage/tables.js';
import { PURPOSES, SHARES } from './consent-rules.js';
import { endOpenReferrals } from './revocation.js';

// 42 CFR Part 2 asks a consent to name the recipient, the purpose, what is disclosed and when it ends.
const newConsent = z.object({
  personId: z.uuid(),
  programId: z.string().min(1).max(64),
  purpose: z.enum(PURPOSES),
  shares: z
    .array(z.enum(SHARES))
    .min(1)
    .refine((s) => new Set(s).size === s.length, 'must not repeat an item'),
  expiresAt: z.iso.datetime({ offset: true }),
});

const toConsentView = (c: ConsentsTable, at = new Date()) => ({
  id: c.id,
  personId: c.person_id,
  programId: c.program_id,
  purpose: c.purpose,
  shares: JSON.parse(c.shares) as string[],
  expiresAt: c.expires_at,
  createdAt: c.created_at,
  revokedAt: c.revoked_at,
  live: c.revoked_at === null && c.expires_at > at.toISOString(),
});

export const consentRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.post(
    '/api/v1/consents',
    { schema: { tags: ['consents'], summary: "Record a person's consent to disclose to a program", body: newConsent } },
    async (req, reply) => {
      const p = requireRole(req, CARE_TEAM);
      const b = req.body;
      const expiresAt = new Date(b.expiresAt).toISOString();
      if (expiresAt <= now()) throw new ApiError('invalid-request', [{ path: 'body.expiresAt', message: 'must be in the future' }]);
      const person = await db.selectFrom('people').select('id').where('id', '=', b.personId).executeTakeFirst();
      if (!person) throw new ApiError('invalid-request', [{ path: 'body.personId', message: 'no such person' }]);
      const row: ConsentsTable = {
        id: newId(),
        person_id: b.personId,
        program_id: b.programId,
        purpose: b.purpose,
        shares: JSON.stringify(b.shares),
        expires_at: expiresAt,
        created_by: p.userId,
        created_at: now(),
        revoked_at: null,
        revoked_by: null,
      };
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('consents').values(row).execute();
        await recordAudit(tx, req, [{ action: 'create', entityType: 'consent', entityId: row.id, personId: row.person_id }]);
      });
      return reply.code(201).send(toConsentView(row));
    },
  );

  app.post(
    '/api/v1/consents/:id/revoke',
    {
      schema: {
        tags: ['consents'],
        summary: 'Revoke a consent: nothing more is disclosed from now on, and its open referrals are cancelled',
        params: idParam,
      },
    },
    async (req) => {
      const p = requireRole(req, CARE_TEAM);
      const row = await db.transaction().execute(async (tx) => {
        const c = await tx.selectFrom('consents').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!c) throw new ApiError('not-found');
        if (c.revoked_at === null) {
          const at = now();
          await tx
            .updateTable('consents')
            .set({ revoked_at: at, revoked_by: p.userId })
            .where('id', '=', c.id)
            .where('revoked_at', 'is', null)
            .execute();
          const ended = await endOpenReferrals(tx, c.id, p.userId, at);
          await recordAudit(tx, req, [{ action: 'revoke', entityType: 'consent', entityId: c.id, personId: c.person_id }, ...ended]);
        }
        return tx.selectFrom('consents').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      });
      return toConsentView(row);
    },
  );

  app.get(
    '/api/v1/people/:id/consents',
    { schema: { tags: ['consents'], summary: "A person's consents", params: idParam } },
    async (req) => {
      requireRole(req, CARE_TEAM);
      const rows = await db
        .selectFrom('consents')
        .selectAll()
        .where('person_id', '=', req.params.id)
        .orderBy('created_at', 'desc')
        .execute();
      await recordAudit(
        db,
        req,
        rows.map((c) => ({ action: 'list', entityType: 'consent', entityId: c.id, personId: c.person_id })),
      );
      return { consents: rows.map((c) => toConsentView(c)) };
    },
  );
  done();
};
