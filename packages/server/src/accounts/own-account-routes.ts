import { DomainError, enrolment, enrolmentCode, recoveryCodes, sessionList, sessionsEnded } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { appendAudit } from '../audit/audit-store.js';
import { answers } from '../http/answers.js';
import { changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { endSessions } from './account-lifecycle.js';
import { caller, CSRF_COOKIE, SESSION_COOKIE } from './authenticate.js';
import type { Principal } from './principal.js';
import {
  checkTotp,
  claimTotpStep,
  confirmEnrolment,
  enrolmentView,
  issueRecoveryCodes,
  newTotpSecret,
  pendingSecret,
  startEnrolment,
} from './second-factor.js';
import { listSessions } from './session-store.js';

/** Enrolment is for a person at a browser: an API token is for scripts and is never asked for a code. */
function atBrowser(p: Principal): Principal {
  if (p.via !== 'session') throw new DomainError('forbidden', [], 'enrol from a signed-in browser session, not with an API token');
  return p;
}

/** What every signed-in person does for themselves: see and end their sessions, enrol a second factor. */
export const ownAccountRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['accounts'];

  app.get(
    '/api/v1/account/sessions',
    {
      config: { access: 'signedIn' },
      schema: { tags, summary: 'Your live sessions (this one marked current)', response: answers({ 200: sessionList }) },
    },
    async (req) => {
      const p = caller(req);
      return { sessions: await listSessions(db, p.userId, ctx.sessionPolicy, p.sessionHash) };
    },
  );

  app.delete(
    '/api/v1/account/sessions',
    {
      config: { access: 'signedIn' },
      schema: { tags, summary: 'Sign out everywhere, this session too', response: answers({ 200: sessionsEnded }) },
    },
    async (req, reply) => {
      const p = caller(req);
      const ended = await db.transaction().execute(async (tx) => {
        const n = await endSessions(tx, p.userId);
        await appendAudit(tx, [{ action: 'end-sessions', entityType: 'user', entityId: p.userId }], changerOf(req));
        return n;
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return { ended };
    },
  );

  app.post(
    '/api/v1/account/second-factor',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app: a new secret, its otpauth:// URI and QR code',
        response: answers({ 200: enrolment }),
      },
    },
    async (req) => {
      const p = atBrowser(caller(req));
      const secret = newTotpSecret();
      const email = await startEnrolment(db, p.userId, secret);
      return enrolmentView(email, secret);
    },
  );

  app.post(
    '/api/v1/account/second-factor/confirm',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: {
        tags,
        summary: 'Confirm enrolment with a first code; answers the recovery codes, once',
        body: enrolmentCode,
        response: answers({ 200: recoveryCodes }),
      },
    },
    async (req) => {
      const p = atBrowser(caller(req));
      const secret = await pendingSecret(db, p.userId);
      const step = await checkTotp(secret, req.body.code.trim(), null);
      if (step === undefined)
        throw new DomainError('invalid-request', [{ path: ['body', 'code'], message: 'is not the current code of the new secret' }]);
      const codes = await db.transaction().execute(async (tx) => {
        await confirmEnrolment(tx, p.userId, secret);
        await claimTotpStep(tx, p.userId, step);
        await appendAudit(tx, [{ action: 'second-factor', entityType: 'user', entityId: p.userId }], changerOf(req));
        return issueRecoveryCodes(tx, p.userId);
      });
      return { recoveryCodes: codes };
    },
  );

  done();
};
