import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { CSRF_COOKIE, requireRole, SESSION_COOKIE } from './authenticate.js';
import { boundedIp } from '../http/client-address.js';
import { clearFailuresUnlessLocked, countFailedSignIn, isLocked } from './lockout.js';
import { verifyPassword } from './passwords.js';
import { ROLES, type Role } from './roles.js';
import { checkSecondFactor } from './second-factor-check.js';
import { readSecuritySettings, SECOND_FACTOR_ROLES } from './security-settings.js';
import { endSession, startSession } from './sessions.js';
import { adminExists, createUser, findUserByEmail, toUserView } from './user-store.js';

const credentials = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const signIn = credentials.extend({ code: z.string().max(32).optional() });

/** Sign-in, sign-out and first-run setup. */
export const accountsRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const cookieOptions = { path: '/', sameSite: 'strict', secure: ctx.secureCookies } as const;

  app.get(
    '/api/v1/setup',
    { schema: { tags: ['accounts'], summary: 'Whether the first administrator still has to be created' } },
    async () => ({ needed: !(await adminExists(db)) }),
  );

  app.post(
    '/api/v1/setup',
    { schema: { tags: ['accounts'], summary: 'Create the first administrator (only while none exists)', body: credentials } },
    async (req, reply) => {
      // One transaction, and on PostgreSQL a lock on the users table, so two first-run requests racing
      // each other cannot both create an admin (SQLite runs one write transaction at a time anyway).
      const user = await db.transaction().execute(async (tx) => {
        if (ctx.dialect === 'postgres') await sql`lock table users in share row exclusive mode`.execute(tx);
        if (await adminExists(tx)) throw new ApiError('setup-done');
        const created = await createUser(tx, { ...req.body, role: 'admin' });
        await recordAudit(tx, req, [{ action: 'setup', entityType: 'user', entityId: created.id }], created.id);
        return created;
      });
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/api/v1/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in (with the second factor, once enrolled); answers the CSRF token to send with unsafe requests',
        body: signIn,
      },
    },
    async (req, reply) => {
      const ip = boundedIp(req.ip);
      if (!ctx.loginThrottle.allow(ip)) throw new ApiError('too-many-attempts');
      const user = await findUserByEmail(db, req.body.email);
      const ok = await verifyPassword(user?.password_hash, req.body.password);
      // A locked or disabled account answers exactly as a wrong password or an unknown email does, so
      // the answer never tells whether an address has an account.
      if (!user || !ok || user.disabled_at !== null || isLocked(user.locked_until)) {
        if (user) {
          if (!ok) await countFailedSignIn(db, user.id);
          await recordAudit(db, req, [{ action: 'login-failed', entityType: 'user', entityId: user.id }], null);
        }
        throw new ApiError('bad-credentials');
      }
      if (user.totp_secret !== null) await checkSecondFactor(ctx, req, user.id, user.totp_secret, user.totp_last_step, req.body.code);
      if (!(await clearFailuresUnlessLocked(db, user.id))) throw new ApiError('bad-credentials');
      const session = await startSession(db, user.id, req.cookies[SESSION_COOKIE], ctx.sessionPolicy, ip);
      await recordAudit(db, req, [{ action: 'login', entityType: 'user', entityId: user.id }], user.id);
      const expires = new Date(session.expiresAt);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, httpOnly: true, expires });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...cookieOptions, httpOnly: false, expires });
      const settings = await readSecuritySettings(db);
      const enrol = user.totp_secret === null && settings.secondFactorRequired && SECOND_FACTOR_ROLES.includes(user.role as Role);
      return { user: toUserView(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt, mustEnrolSecondFactor: enrol };
    },
  );

  app.get('/api/v1/session', { schema: { tags: ['accounts'], summary: 'Who is signed in' } }, async (req) => {
    const p = requireRole(req, ROLES);
    const user = await db.selectFrom('users').selectAll().where('id', '=', p.userId).executeTakeFirstOrThrow();
    // Program names too, so the workspace can say whose referrals a program-staff user is looking at.
    const named = p.programs.length
      ? await db
          .selectFrom('directory_programs')
          .select(['id', 'name'])
          .where('id', 'in', [...p.programs])
          .execute()
      : [];
    const programs = p.programs.map((id) => ({ id, name: named.find((n) => n.id === id)?.name ?? null }));
    return {
      user: toUserView(user),
      role: p.role,
      email: user.email,
      programs,
      via: p.via,
      secondFactor: user.totp_secret !== null,
      mustEnrolSecondFactor: p.mustEnrolSecondFactor,
    };
  });

  app.delete('/api/v1/session', { schema: { tags: ['accounts'], summary: 'Sign out' } }, async (req, reply) => {
    const p = requireRole(req, ROLES);
    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie) await endSession(db, cookie);
    await recordAudit(db, req, [{ action: 'logout', entityType: 'user', entityId: p.userId }]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  done();
};
