import {
  idParams,
  newUser,
  passwordChange,
  roleChange,
  securitySettings,
  sessionList,
  sessionsEnded,
  userAnswer,
  userList,
} from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { appendAudit } from '../audit/audit-store.js';
import { answers } from '../http/answers.js';
import { changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { underBody } from '../http/under-body.js';
import { disableUser, enableUser, resetPassword, resetSecondFactor, setRole, signOutEverywhere } from './account-lifecycle.js';
import { caller } from './authenticate.js';
import { readSecuritySettings, writeSecuritySettings } from './security-settings.js';
import { listSessions } from './session-store.js';
import { createUser, listUsers } from './user-store.js';

/** Staff accounts from start to end (admin): add, list, disable, enable, role, password, sessions, second factor. */
export const userAdminRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['accounts'];
  const config = { access: 'admins' } as const;

  app.get(
    '/api/v1/users',
    { config, schema: { tags, summary: 'Every staff account (admin)', response: answers({ 200: userList }) } },
    async (req) => {
      const users = await listUsers(db, ctx.sessionPolicy.idleMs);
      await appendAudit(db, [{ action: 'read', entityType: 'user', entityId: 'all' }], changerOf(req));
      return { users };
    },
  );

  app.post(
    '/api/v1/users',
    { config, schema: { tags, summary: 'Create a user (admin)', body: newUser, response: answers({ 201: userAnswer }) } },
    async (req, reply) => {
      const user = await db.transaction().execute(async (tx) => {
        const created = await underBody(createUser(tx, req.body));
        await appendAudit(tx, [{ action: 'create', entityType: 'user', entityId: created.id }], changerOf(req));
        return created;
      });
      return reply.code(201).send({ user });
    },
  );

  app.post(
    '/api/v1/users/:id/disable',
    {
      config,
      schema: {
        tags,
        summary: 'Disable an account: its sessions end and its API tokens are revoked at once (admin)',
        params: idParams,
        response: answers({ 200: userAnswer }),
      },
    },
    async (req) => ({ user: await disableUser(db, req.params.id, changerOf(req)) }),
  );

  app.post(
    '/api/v1/users/:id/enable',
    {
      config,
      schema: {
        tags,
        summary: 'Enable an account again, lifting any lockout (admin)',
        params: idParams,
        response: answers({ 200: userAnswer }),
      },
    },
    async (req) => ({ user: await enableUser(db, req.params.id, changerOf(req)) }),
  );

  app.put(
    '/api/v1/users/:id/role',
    {
      config,
      schema: {
        tags,
        summary: "Change an account's role and programs (admin)",
        params: idParams,
        body: roleChange,
        response: answers({ 200: userAnswer }),
      },
    },
    async (req) => ({ user: await underBody(setRole(db, req.params.id, req.body.role, req.body.programs ?? [], changerOf(req))) }),
  );

  app.put(
    '/api/v1/users/:id/password',
    {
      config,
      schema: {
        tags,
        summary: 'Set a new password; every session of the account ends (admin)',
        params: idParams,
        body: passwordChange,
        response: answers({ 200: userAnswer }),
      },
    },
    async (req) => ({ user: await underBody(resetPassword(db, req.params.id, req.body.password, changerOf(req))) }),
  );

  app.get(
    '/api/v1/users/:id/sessions',
    { config, schema: { tags, summary: "An account's live sessions (admin)", params: idParams, response: answers({ 200: sessionList }) } },
    async (req) => {
      const sessions = await listSessions(db, req.params.id, ctx.sessionPolicy, caller(req).sessionHash);
      await appendAudit(db, [{ action: 'read', entityType: 'user-sessions', entityId: req.params.id }], changerOf(req));
      return { sessions };
    },
  );

  app.delete(
    '/api/v1/users/:id/sessions',
    {
      config,
      schema: { tags, summary: 'Sign an account out everywhere (admin)', params: idParams, response: answers({ 200: sessionsEnded }) },
    },
    async (req) => ({ ended: await signOutEverywhere(db, req.params.id, changerOf(req)) }),
  );

  app.delete(
    '/api/v1/users/:id/second-factor',
    {
      config,
      schema: {
        tags,
        summary: "Remove an account's second factor and recovery codes, e.g. after a lost phone (admin)",
        params: idParams,
        response: answers({ 200: userAnswer }),
      },
    },
    async (req) => ({ user: await resetSecondFactor(db, req.params.id, changerOf(req)) }),
  );

  app.get(
    '/api/v1/settings/security',
    { config, schema: { tags, summary: 'Security settings (admin)', response: answers({ 200: securitySettings }) } },
    () => readSecuritySettings(db),
  );

  app.put(
    '/api/v1/settings/security',
    {
      config,
      schema: {
        tags,
        summary: 'Require a second factor for admins and clinicians, or not (admin)',
        body: securitySettings,
        response: answers({ 200: securitySettings }),
      },
    },
    (req) => writeSecuritySettings(db, req.body, changerOf(req)),
  );
  done();
};
