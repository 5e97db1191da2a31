import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log.js';
import { boundedIp } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { idParam } from '../http/paging.js';
import {
  disableUser,
  enableUser,
  resetPassword,
  resetSecondFactor,
  setRole,
  signOutEverywhere,
  type Changer,
} from './account-lifecycle.js';
import { requireRole } from './authenticate.js';
import { ROLES } from './roles.js';
import { readSecuritySettings, writeSecuritySettings } from './security-settings.js';
import { listSessions } from './sessions.js';
import { createUser, listUsers } from './user-store.js';

const programs = z.array(z.string().min(1).max(64)).max(50);
const newUser = z.object({
  email: z.string().min(3).max(320),
  password: z.string().max(1024),
  role: z.enum(ROLES),
  programs: programs.optional(),
});
const roleBody = z.object({ role: z.enum(ROLES), programs: programs.optional() });
const passwordBody = z.object({ password: z.string().max(1024) });
const settingsBody = z.object({ secondFactorRequired: z.boolean() });

/** Staff accounts from start to end (admin): add, list, disable, enable, role, password, sessions, second factor. */
export const userAdminRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const admin = (req: Parameters<typeof requireRole>[0]): Changer => ({
    actorId: requireRole(req, ['admin']).userId,
    ip: boundedIp(req.ip),
  });
  const tags = ['accounts'];

  app.get('/api/v1/users', { schema: { tags, summary: 'Every staff account (admin)' } }, async (req) => {
    requireRole(req, ['admin']);
    const users = await listUsers(db, ctx.sessionPolicy.idleMs);
    await recordAudit(db, req, [{ action: 'read', entityType: 'user', entityId: 'all' }]);
    return { users };
  });

  app.post('/api/v1/users', { schema: { tags, summary: 'Create a user (admin)', body: newUser } }, async (req, reply) => {
    requireRole(req, ['admin']);
    const user = await db.transaction().execute(async (tx) => {
      const created = await createUser(tx, req.body);
      await recordAudit(tx, req, [{ action: 'create', entityType: 'user', entityId: created.id }]);
      return created;
    });
    return reply.code(201).send({ user });
  });

  app.post(
    '/api/v1/users/:id/disable',
    { schema: { tags, summary: 'Disable an account: its sessions end and its API tokens are revoked at once (admin)', params: idParam } },
    async (req) => ({ user: await disableUser(db, req.params.id, admin(req)) }),
  );

  app.post(
    '/api/v1/users/:id/enable',
    { schema: { tags, summary: 'Enable an account again, lifting any lockout (admin)', params: idParam } },
    async (req) => ({ user: await enableUser(db, req.params.id, admin(req)) }),
  );

  app.put(
    '/api/v1/users/:id/role',
    { schema: { tags, summary: "Change an account's role and programs (admin)", params: idParam, body: roleBody } },
    async (req) => ({ user: await setRole(db, req.params.id, req.body.role, req.body.programs ?? [], admin(req)) }),
  );

  app.put(
    '/api/v1/users/:id/password',
    { schema: { tags, summary: 'Set a new password; every session of the account ends (admin)', params: idParam, body: passwordBody } },
    async (req) => ({ user: await resetPassword(db, req.params.id, req.body.password, admin(req)) }),
  );

  app.get(
    '/api/v1/users/:id/sessions',
    { schema: { tags, summary: "An account's live sessions (admin)", params: idParam } },
    async (req) => {
      const p = requireRole(req, ['admin']);
      const sessions = await listSessions(db, req.params.id, ctx.sessionPolicy, p.sessionHash);
      await recordAudit(db, req, [{ action: 'read', entityType: 'user-sessions', entityId: req.params.id }]);
      return { sessions };
    },
  );

  app.delete(
    '/api/v1/users/:id/sessions',
    { schema: { tags, summary: 'Sign an account out everywhere (admin)', params: idParam } },
    async (req) => ({ ended: await signOutEverywhere(db, req.params.id, admin(req)) }),
  );

  app.delete(
    '/api/v1/users/:id/second-factor',
    { schema: { tags, summary: "Remove an account's second factor and recovery codes, e.g. after a lost phone (admin)", params: idParam } },
    async (req) => ({ user: await resetSecondFactor(db, req.params.id, admin(req)) }),
  );

  app.get('/api/v1/settings/security', { schema: { tags, summary: 'Security settings (admin)' } }, async (req) => {
    requireRole(req, ['admin']);
    return readSecuritySettings(db);
  });

  app.put(
    '/api/v1/settings/security',
    { schema: { tags, summary: 'Require a second factor for admins and clinicians, or not (admin)', body: settingsBody } },
    async (req) => writeSecuritySettings(db, req.body, admin(req)),
  );
  done();
};
