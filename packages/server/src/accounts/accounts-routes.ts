import {
  credentials,
  DomainError,
  noContent,
  session as sessionAnswer,
  setupNeeded,
  signIn,
  signedIn,
  userAnswer,
} from '@carelevel/contract';
import { programNames } from '@carelevel/directory';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { appendAudit } from '../audit/audit-store.js';
import { answers } from '../http/answers.js';
import { boundedIp, changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { underBody } from '../http/under-body.js';
import { caller, CSRF_COOKIE, SESSION_COOKIE } from './authenticate.js';
import { clearFailuresUnlessLocked, countFailedSignIn, isLocked } from './lockout.js';
import { verifyPassword } from './passwords.js';
import { checkSecondFactor } from './second-factor-check.js';
import { readSecuritySettings, SECOND_FACTOR_ROLES } from './security-settings.js';
import { endSession, startSession } from './session-store.js';
import { forgetToken } from '../smart/smart-store.js';
import { adminExists, createUser, findUser, findUserByEmail, lockUsersForSetup, storedRole, toUserView } from './user-store.js';

/** Sign-in, sign-out and first-run setup. */
export const accountsRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const cookieOptions = { path: '/', sameSite: 'strict', secure: ctx.secureCookies } as const;
  const tags = ['accounts'];

  app.get(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Whether the first administrator still has to be created', response: answers({ 200: setupNeeded }) },
    },
    async () => ({ needed: !(await adminExists(db)) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags,
        summary: 'Create the first administrator (only while none exists)',
        body: credentials,
        response: answers({ 201: userAnswer }),
      },
    },
    async (req, reply) => {
      const user = await db.transaction().execute(async (tx) => {
        await lockUsersForSetup(tx);
        if (await adminExists(tx)) throw new DomainError('setup-done');
        const created = await underBody(createUser(tx, { ...req.body, role: 'admin' }));
        await appendAudit(tx, [{ action: 'setup', entityType: 'user', entityId: created.id }], changerOf(req, created.id));
        return created;
      });
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/api/v1/session',
    {
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags,
        summary: 'Sign in (with the second factor, once enrolled); answers the CSRF token to send with unsafe requests',
        body: signIn,
        response: answers({ 200: signedIn }),
      },
    },
    async (req, reply) => {
      const ip = boundedIp(req.ip);
      if (!ctx.loginThrottle.allow(ip)) throw new DomainError('too-many-attempts');
      const user = await findUserByEmail(db, req.body.email);
      const ok = await verifyPassword(user?.password_hash, req.body.password);
      // A locked or disabled account answers exactly as a wrong password or an unknown email does, so
      // the answer never tells whether an address has an account.
      if (!user || !ok || user.disabled_at !== null || isLocked(user.locked_until)) {
        if (user) {
          if (!ok) await countFailedSignIn(db, user.id);
          await appendAudit(db, [{ action: 'login-failed', entityType: 'user', entityId: user.id }], changerOf(req, null));
        }
        throw new DomainError('bad-credentials');
      }
      if (user.totp_secret !== null) await checkSecondFactor(db, changerOf(req, null), user, req.body.code);
      if (!(await clearFailuresUnlessLocked(db, user.id))) throw new DomainError('bad-credentials');
      const started = await startSession(db, user.id, req.cookies[SESSION_COOKIE], ctx.sessionPolicy, ip);
      await appendAudit(db, [{ action: 'login', entityType: 'user', entityId: user.id }], changerOf(req, user.id));
      const expires = new Date(started.expiresAt);
      reply.setCookie(SESSION_COOKIE, started.cookie, { ...cookieOptions, httpOnly: true, expires });
      reply.setCookie(CSRF_COOKIE, started.csrfToken, { ...cookieOptions, httpOnly: false, expires });
      const settings = await readSecuritySettings(db);
      const enrol = user.totp_secret === null && settings.secondFactorRequired && SECOND_FACTOR_ROLES.includes(storedRole(user.role));
      return { user: toUserView(user), csrfToken: started.csrfToken, expiresAt: started.expiresAt, mustEnrolSecondFactor: enrol };
    },
  );

  app.get(
    '/api/v1/session',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: { tags, summary: 'Who is signed in', response: answers({ 200: sessionAnswer }) },
    },
    async (req) => {
      const p = caller(req);
      const user = await findUser(db, p.userId);
      if (!user) throw new DomainError('unauthenticated');
      // Program names too, so the workspace can say whose referrals a program-staff user is looking at.
      const names = await programNames(db, p.programs);
      return {
        user: toUserView(user),
        role: p.role,
        email: user.email,
        programs: p.programs.map((id) => ({ id, name: names.get(id) ?? null })),
        // A SMART access token never reaches /api/v1 (it is taken at /fhir/R4 only); it is a bearer token.
        via: p.via === 'session' ? ('session' as const) : ('token' as const),
        secondFactor: user.totp_secret !== null,
        mustEnrolSecondFactor: p.mustEnrolSecondFactor,
      };
    },
  );

  app.delete(
    '/api/v1/session',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: { tags, summary: 'Sign out', response: answers({ 204: noContent }) },
    },
    async (req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) await endSession(db, cookie);
      if (cookie) await forgetToken(db, cookie);
      await appendAudit(db, [{ action: 'logout', entityType: 'user', entityId: caller(req).userId }], changerOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  done();
};
