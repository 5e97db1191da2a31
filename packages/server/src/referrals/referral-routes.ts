import { getProgram } from '@carelevel/directory';
import { LEVEL_CODES } from '@carelevel/engine';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/authenticate.js';
import { CARE_TEAM, ROLES, type Principal } from '../accounts/roles.js';
import { recordAudit } from '../audit/audit-log.js';
import { liveConsents } from '../consents/consent-rules.js';
import { ApiError, type FieldError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { requireIfMatch, setEtag } from '../http/if-match.js';
import { idParam, paging } from '../http/paging.js';
import { newId, now } from '../storage/ids.js';
import type { ReferralsTable, ReferralTransitionsTable, ServerTables } from '../storage/tables.js';
import type { Kysely } from 'kysely';
import { checkTransition, REFERRAL_STATES, type ReferralState } from './referral-states.js';
import { firstMilestones } from './referral-timings.js';
import { asPrincipalMaySee, consentIsLive, liveConsentPairs } from './referral-consent.js';
import { toReferralView } from './referral-view.js';

const newReferral = z.object({
  personId: z.uuid(),
  programIds: z
    .array(z.string().min(1).max(64))
    .min(1)
    .max(3)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a program twice'),
  level: z.enum(LEVEL_CODES).optional(),
});
const listQuery = z.object({
  programId: z.string().max(64).optional(),
  status: z.enum(REFERRAL_STATES).optional(),
  personId: z.uuid().optional(),
  ...paging,
});
const change = z.object({ status: z.enum(REFERRAL_STATES), reason: z.string().max(1000).optional() });

/** A referral's history, oldest first. */
const loadTransitions = (db: Kysely<ServerTables>, referralId: string): Promise<ReferralTransitionsTable[]> =>
  db.selectFrom('referral_transitions').selectAll().where('referral_id', '=', referralId).orderBy('at').orderBy('id').execute();

/** Program staff see only referrals sent to their own programs. */
function requireReferralAccess(p: Principal, r: ReferralsTable): void {
  if (p.role === 'program-staff' && !p.programs.includes(r.program_id)) throw new ApiError('forbidden');
}

export const referralRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;

  app.post(
    '/api/v1/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Refer a person to one to three programs at once (each needs a live consent)',
        body: newReferral,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, CARE_TEAM);
      const { personId, programIds } = req.body;
      const person = await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
      if (!person) throw new ApiError('invalid-request', [{ path: 'body.personId', message: 'no such person' }]);
      const unknown: FieldError[] = [];
      for (const [i, id] of programIds.entries())
        if (!(await getProgram(db, id))) unknown.push({ path: `body.programIds.${i}`, message: 'is not in the directory' });
      if (unknown.length > 0) throw new ApiError('unknown-program', unknown);
      const consents = await liveConsents(db, personId, programIds);
      const missing = programIds.flatMap((id, i) =>
        consents.some((c) => c.program_id === id)
          ? []
          : [{ path: `body.programIds.${i}`, message: 'has no live consent from this person' }],
      );
      if (missing.length > 0) throw new ApiError('consent-required', missing);
      const at = now();
      const groupId = newId();
      const rows: ReferralsTable[] = programIds.map((programId) => ({
        id: newId(),
        group_id: groupId,
        person_id: personId,
        program_id: programId,
        consent_id: consents.find((c) => c.program_id === programId)?.id ?? '',
        level: req.body.level ?? null,
        status: 'requested',
        reason: null,
        version: 1,
        created_by: p.userId,
        created_at: at,
        updated_at: at,
      }));
      await db.transaction().execute(async (tx) => {
        await tx.insertInto('referrals').values(rows).execute();
        await tx
          .insertInto('referral_transitions')
          .values(
            rows.map((r) => ({
              id: newId(),
              referral_id: r.id,
              from_status: null,
              to_status: 'requested',
              reason: null,
              by_user: p.userId,
              at,
            })),
          )
          .execute();
        await recordAudit(
          tx,
          req,
          rows.map((r) => ({ action: 'create', entityType: 'referral', entityId: r.id, personId })),
        );
      });
      return reply.code(201).send({ groupId, referrals: rows.map((r) => toReferralView(r)) });
    },
  );

  app.get(
    '/api/v1/referrals',
    { schema: { tags: ['referrals'], summary: 'Referrals, filtered by program, status or person', querystring: listQuery } },
    async (req) => {
      const p = requireRole(req, ROLES);
      const q = req.query;
      if (p.role === 'program-staff' && q.programId && !p.programs.includes(q.programId)) throw new ApiError('forbidden');
      let query = db.selectFrom('referrals');
      if (p.role === 'program-staff') query = query.where('program_id', 'in', [...p.programs]);
      if (q.programId) query = query.where('program_id', '=', q.programId);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.personId) query = query.where('person_id', '=', q.personId);
      const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await query.selectAll().orderBy('updated_at', 'desc').orderBy('id').limit(q.limit).offset(q.offset).execute();
      await recordAudit(
        db,
        req,
        rows.map((r) => ({ action: 'list', entityType: 'referral', entityId: r.id, personId: r.person_id })),
      );
      const milestones = await firstMilestones(
        db,
        rows.map((r) => r.id),
      );
      const live = await liveConsentPairs(db, rows);
      return {
        total,
        limit: q.limit,
        offset: q.offset,
        referrals: rows.map((r) =>
          asPrincipalMaySee(
            p,
            toReferralView(r, [], milestones.get(r.id) ?? { acknowledgedAt: null, admittedAt: null }),
            consentIsLive(live, r),
          ),
        ),
      };
    },
  );

  app.get(
    '/api/v1/referrals/:id',
    { schema: { tags: ['referrals'], summary: 'Read a referral and its history', params: idParam } },
    async (req, reply) => {
      const p = requireRole(req, ROLES);
      const r = await db.selectFrom('referrals').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!r) throw new ApiError('not-found');
      requireReferralAccess(p, r);
      const transitions = await loadTransitions(db, r.id);
      const live = consentIsLive(await liveConsentPairs(db, [r]), r);
      await recordAudit(db, req, [{ action: 'read', entityType: 'referral', entityId: r.id, personId: r.person_id }]);
      setEtag(reply, r.version);
      return asPrincipalMaySee(p, toReferralView(r, transitions), live);
    },
  );

  app.patch(
    '/api/v1/referrals/:id',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Move a referral to another state (If-Match: the version you read)',
        params: idParam,
        body: change,
      },
    },
    async (req, reply) => {
      const p = requireRole(req, ROLES);
      const expected = requireIfMatch(req);
      const to: ReferralState = req.body.status;
      if (p.role === 'program-staff') {
        const r = await db.selectFrom('referrals').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (r && p.programs.includes(r.program_id) && !consentIsLive(await liveConsentPairs(db, [r]), r)) {
          // Moving a referral is acting on the person's information: not after the consent ends.
          await recordAudit(db, req, [{ action: 'denied', entityType: 'referral', entityId: r.id, personId: r.person_id }]);
          throw new ApiError('no-consent');
        }
      }
      const updated = await db.transaction().execute(async (tx) => {
        const r = await tx.selectFrom('referrals').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!r) throw new ApiError('not-found');
        requireReferralAccess(p, r);
        if (r.version !== expected) throw new ApiError('stale-version', [], `the referral is at version ${r.version}`);
        const check = checkTransition(r.status as ReferralState, to, p.role, req.body.reason);
        if (!check.ok) throw new ApiError(check.code, [{ path: 'body.status', message: check.message }]);
        const at = now();
        // The version in the WHERE makes this a compare-and-set: a concurrent writer that read the same
        // version updates nothing and gets 412, on SQLite and PostgreSQL alike.
        const result = await tx
          .updateTable('referrals')
          .set({ status: to, reason: req.body.reason ?? r.reason, version: expected + 1, updated_at: at })
          .where('id', '=', r.id)
          .where('version', '=', expected)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new ApiError('stale-version');
        await tx
          .insertInto('referral_transitions')
          .values({
            id: newId(),
            referral_id: r.id,
            from_status: r.status,
            to_status: to,
            reason: req.body.reason ?? null,
            by_user: p.userId,
            at,
          })
          .execute();
        await recordAudit(tx, req, [{ action: 'transition', entityType: 'referral', entityId: r.id, personId: r.person_id }]);
        const transitions = await loadTransitions(tx, r.id);
        return toReferralView(
          { ...r, status: to, reason: req.body.reason ?? r.reason, version: expected + 1, updated_at: at },
          transitions,
        );
      });
      setEtag(reply, updated.version);
      return updated;
    },
  );
  done();
};
