import { DomainError, fhirUserLink, fhirUserLinks, idParams } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { findUser } from '../accounts/user-store.js';
import { appendAudit } from '../audit/audit-store.js';
import { answers } from '../http/answers.js';
import { changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { fhirUserKey, issuerKey } from './fhir-user.js';
import { linkUser, userLinks } from './smart-store.js';

/** An administrator says which health-record user (fhirUser at a record) signs in as which account. */
export const fhirUserRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['smart'];

  app.get(
    '/api/v1/users/:id/fhir-users',
    {
      config: { access: 'admins' },
      schema: {
        tags,
        summary: 'The health-record users (fhirUser at a record) linked to this account, for SMART launch',
        params: idParams,
        response: answers({ 200: fhirUserLinks }),
      },
    },
    async (req) => {
      if (!(await findUser(db, req.params.id))) throw new DomainError('not-found');
      return { links: await userLinks(db, req.params.id) };
    },
  );

  app.put(
    '/api/v1/users/:id/fhir-users',
    {
      config: { access: 'admins' },
      schema: {
        tags,
        summary: 'Link a health-record user (fhirUser at a registered record) to this account, for SMART launch',
        params: idParams,
        body: fhirUserLink,
        response: answers({ 200: fhirUserLinks }),
      },
    },
    async (req) => {
      if (!(await findUser(db, req.params.id))) throw new DomainError('not-found');
      // A record may be linked before it is registered (or after it was removed): the link alone opens nothing.
      const iss = issuerKey(req.body.iss);
      const key = fhirUserKey(iss, req.body.fhirUser);
      if (!key.ok)
        throw new DomainError('invalid-request', [
          { path: ['body', 'fhirUser'], message: 'must be a user resource such as Practitioner/7, or its URL' },
        ]);
      await linkUser(db, iss, key.key, req.params.id);
      await appendAudit(db, [{ action: 'update', entityType: 'fhir-user-link', entityId: req.params.id }], changerOf(req));
      return { links: await userLinks(db, req.params.id) };
    },
  );

  done();
};
