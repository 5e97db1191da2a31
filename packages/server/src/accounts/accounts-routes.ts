import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { CSRF_COOKIE, requireRole, SESSION_COOKIE } from './authenticate.js';
import { LOCKOUT } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { ROLES } from './roles.js';
import { endSession, startSession } from './sessions.js';
import { adminExists, createUser, findUserByEmail, listUsers, toUserView } from './user-store.js';

const credentials = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const newUser = z.object({
  email: z.string().min(3).max(320),
  password: z.string().max(1024),
  role: z.enum(ROLES),
  programs: z.array(z.string().min(1).max(64)).max(50).optional(),
});

/** Sign-in, sign-out, first-run setup and user management. */
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
    { schema: { tags: ['accounts'], summary: 'Sign in; answers the CSRF token to send with unsafe requests', body: credentials } },
    async (req, reply) => {
      if (!ctx.loginThrottle.allow(req.ip)) throw new ApiError('too-many-attempts');
      const user = await findUserByEmail(db, req.body.email);
      if (user?.locked_until && Date.parse(user.locked_until) > Date.now())
        throw new ApiError('too-many-attempts', [], 'the account is locked for a while after repeated failures');
      const ok = await verifyPassword(user?.password_hash, req.body.password);
      if (!user || !ok) {
        if (user) {
          const failures = user.failed_logins + 1;
          const lock = failures >= LOCKOUT.failures ? new Date(Date.now() + LOCKOUT.lockMs).toISOString() : null;
          await db
            .updateTable('users')
            .set({ failed_logins: lock ? 0 : failures, locked_until: lock })
            .where('id', '=', user.id)
            .execute();
          await recordAudit(db, req, [{ action: 'login-failed', entityType: 'user', entityId: user.id }], null);
        }
        throw new ApiError('bad-credentials');
      }
      if (user.failed_logins > 0 || user.locked_until)
        await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
      const session = await startSession(db, user.id, req.cookies[SESSION_COOKIE], ctx.sessionPolicy);
      await recordAudit(db, req, [{ action: 'login', entityType: 'user', entityId: user.id }], user.id);
      const expires = new Date(session.expiresAt);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, httpOnly: true, expires });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...cookieOptions, httpOnly: false, expires });
      return { user: toUserView(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
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
    return { user: toUserView(user), role: p.role, email: user.email, programs, via: p.via };
  });

  app.delete('/api/v1/session', { schema: { tags: ['accounts'], summary: 'Sign out' } }, async (req, reply) => {
    const p = requireRole(req, ROLES);
    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie) await endSession(db, cookie);
    await recordAudit(db, req, [{ action: 'logout', entityType: 'user', entityId: p.userId }]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/api/v1/users', { schema: { tags: ['accounts'], summary: 'Every staff account (admin)' } }, async (req) => {
    requireRole(req, ['admin']);
    const users = await listUsers(db);
    await recordAudit(db, req, [{ action: 'read', entityType: 'user', entityId: 'all' }]);
    return { users };
  });

  app.post('/api/v1/users', { schema: { tags: ['accounts'], summary: 'Create a user (admin)', body: newUser } }, async (req, reply) => {
    requireRole(req, ['admin']);
    const user = await createUser(db, req.body);
    await recordAudit(db, req, [{ action: 'create', entityType: 'user', entityId: user.id }]);
    return reply.code(201).send({ user });
  });
  done();
};
