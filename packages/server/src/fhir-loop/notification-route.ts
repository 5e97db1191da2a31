import { DomainError } from '@carelevel/contract';
import type { Bundle } from '@medplum/fhirtypes';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha256 } from '../db/ids.js';
import { FHIR_BASE_PATH } from '../fhir/fhir-codes.js';
import type { ServerContext } from '../http/context.js';
import { deliveriesByPeerTask } from './delivery-store.js';
import { readEndpoint } from './endpoint-store.js';
import { notifiedTaskIds } from './notified-tasks.js';

/** Where a program's system POSTs its subscription notifications: one address per program. */
export const notificationPath = (programId: string): string =>
  `${FHIR_BASE_PATH}/subscription-notification/${encodeURIComponent(programId)}`;

const sameSecret = (presented: string, hash: string): boolean => {
  const a = Buffer.from(sha256(presented), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && b.length > 0 && timingSafeEqual(a, b);
};

const notification = z
  .object({ resourceType: z.literal('Bundle'), type: z.string(), entry: z.array(z.unknown()).max(500).optional() })
  .loose();

/**
 * A FHIR subscription notification from a program's system (R4 backport: a `history` Bundle with a
 * SubscriptionStatus), authenticated by that program's own notification secret. Each Task it names
 * that carelevel delivered to that program is read again from the program's server at once and
 * applied as a poll would; Tasks of other programs, or unknown ones, are ignored.
 */
export const notificationRoute: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  // A FHIR server sends FHIR's own media type; parsed as the API's JSON is (as in fhir-routes.ts).
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.post(
    `${FHIR_BASE_PATH}/subscription-notification/:programId`,
    {
      // Public at the route: the caller is a program's system, not a carelevel account; it proves
      // which program it is with the secret checked below.
      config: { access: 'public', ownAuthorization: true },
      schema: { hide: true, params: z.object({ programId: z.string().min(1).max(64) }), body: notification },
    },
    async (req, reply) => {
      const endpoint = await readEndpoint(ctx.db, req.params.programId);
      const presented = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
      if (!endpoint || !presented || !sameSecret(presented, endpoint.notifyTokenHash)) throw new DomainError('unauthenticated');
      const ids = notifiedTaskIds(req.body as Bundle);
      const ours = await deliveriesByPeerTask(ctx.db, endpoint.programId, ids);
      if (ours.length && ctx.fhirDelivery) await ctx.fhirDelivery.followDue(ours.map((d) => d.id));
      return reply.type('application/fhir+json; charset=utf-8').send({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'information', code: 'informational', diagnostics: `${ours.length} of ${ids.length} named Tasks followed` }],
      });
    },
  );
  done();
};
