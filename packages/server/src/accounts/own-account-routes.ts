import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { endSessions } from './account-lifecycle.js';
import { CSRF_COOKIE, requireRole, SESSION_COOKIE } from './authenticate.js';
import { ROLES } from './roles.js';
import { checkTotp, claimTotpStep, enrolmentView, issueRecoveryCodes, newTotpSecret } from './second-factor.js';
import { listSessions } from './sessions.js';

const confirmBody = z.object({ code: z.string().max(32) });

/** What every signed-in person does for themselves: see and end their sessions, enrol a second factor. */
export const ownAccountRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['accounts'];

  app.get('/api/v1/account/sessions', { schema: { tags, summary: 'Your live sessions (this one marked current)' } }, async (req) => {
    const p = requireRole(req, ROLES);
    return { sessions: await listSessions(db, p.userId, ctx.sessionPolicy, p.sessionHash) };
  });

  app.delete('/api/v1/account/sessions', { schema: { tags, summary: 'Sign out everywhere, this session too' } }, async (req, reply) => {
    const p = requireRole(req, ROLES);
    const ended = await db.transaction().execute(async (tx) => {
      const n = await endSessions(tx, p.userId);
      await recordAudit(tx, req, [{ action: 'end-sessions', entityType: 'user', entityId: p.userId }]);
      return n;
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return { ended };
  });

  app.post(
    '/api/v1/account/second-factor',
    { schema: { tags, summary: 'Start enrolling an authenticator app: a new secret, its otpauth:// URI and QR code' } },
    async (req) => {
      const p = requireRole(req, ROLES);
      if (p.via !== 'session') throw new ApiError('forbidden', [], 'enrol from a signed-in browser session, not with an API token');
      const user = await db.selectFrom('users').select(['email', 'totp_secret']).where('id', '=', p.userId).executeTakeFirstOrThrow();
      if (user.totp_secret !== null) throw new ApiError('second-factor-enrolled');
      const secret = newTotpSecret();
      await db.updateTable('users').set({ totp_pending_secret: secret }).where('id', '=', p.userId).execute();
      return enrolmentView(user.email, secret);
    },
  );

  app.post(
    '/api/v1/account/second-factor/confirm',
    { schema: { tags, summary: 'Confirm enrolment with a first code; answers the recovery codes, once', body: confirmBody } },
    async (req) => {
      const p = requireRole(req, ROLES);
      if (p.via !== 'session') throw new ApiError('forbidden', [], 'enrol from a signed-in browser session, not with an API token');
      const user = await db
        .selectFrom('users')
        .select(['totp_secret', 'totp_pending_secret'])
        .where('id', '=', p.userId)
        .executeTakeFirstOrThrow();
      if (user.totp_secret !== null) throw new ApiError('second-factor-enrolled');
      const secret = user.totp_pending_secret;
      if (secret === null) throw new ApiError('no-enrolment');
      const step = await checkTotp(secret, req.body.code.trim(), null);
      if (step === undefined)
        throw new ApiError('invalid-request', [{ path: 'body.code', message: 'is not the current code of the new secret' }]);
      const recoveryCodes = await db.transaction().execute(async (tx) => {
        const r = await tx
          .updateTable('users')
          .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: new Date().toISOString() })
          .where('id', '=', p.userId)
          .where('totp_secret', 'is', null)
          .where('totp_pending_secret', '=', secret)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw new ApiError('no-enrolment');
        await claimTotpStep(tx, p.userId, step);
        await recordAudit(tx, req, [{ action: 'second-factor', entityType: 'user', entityId: p.userId }]);
        return issueRecoveryCodes(tx, p.userId);
      });
      return { recoveryCodes };
    },
  );
  done();
};
