import {
  DomainError,
  failIf,
  idParams,
  noContent,
  programFhirEndpoint,
  programFhirEndpointChange,
  programIdParams,
  referralDelivery,
  type ProgramFhirEndpointView,
} from '@carelevel/contract';
import { knownProgramIds } from '@carelevel/directory';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { caller } from '../accounts/authenticate.js';
import { appendAudit } from '../audit/audit-store.js';
import { newSecret, now, sha256 } from '../db/ids.js';
import { answers } from '../http/answers.js';
import { changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { deleteEndpoint, readEndpoint, writeEndpoint, type StoredEndpoint } from './endpoint-store.js';
import { publicJwk } from './client-key.js';
import { notificationPath } from './notification-route.js';
import { endpointHostProblem } from './endpoint-hosts.js';

/** The endpoint as the API shows it: never the bearer token or the private key. */
const view = (e: StoredEndpoint, notificationSecret?: string): ProgramFhirEndpointView => ({
  programId: e.programId,
  baseUrl: e.baseUrl,
  auth: e.credential.auth,
  ...(e.credential.auth === 'smart-backend'
    ? { clientId: e.credential.clientId, scope: e.credential.scope, publicJwks: { keys: [publicJwk(e.credential.key.privateJwk)] } }
    : {}),
  updatedAt: e.updatedAt,
  notificationPath: notificationPath(e.programId),
  ...(notificationSecret ? { notificationSecret } : {}),
});

/**
 * An administrator registers a program's own FHIR server (where referrals to it are sent, and how
 * carelevel authenticates there), and the referring side tries a stopped delivery again.
 */
export const fhirLoopRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const { db } = ctx;
  const tags = ['programs'];
  const admins = { access: 'admins' } as const;

  app.get(
    '/api/v1/programs/:id/fhir-endpoint',
    {
      config: admins,
      schema: {
        tags,
        summary: "The program's FHIR server, where referrals to it are sent (never the bearer token)",
        params: programIdParams,
        response: answers({ 200: programFhirEndpoint }),
      },
    },
    async (req) => {
      const found = await readEndpoint(db, req.params.id);
      if (!found) throw new DomainError('not-found');
      return view(found);
    },
  );

  app.put(
    '/api/v1/programs/:id/fhir-endpoint',
    {
      config: admins,
      schema: {
        tags,
        summary:
          "Register or change the program's FHIR server; the notification secret is answered once, when made (first time, or on asking for a new one)",
        params: programIdParams,
        body: programFhirEndpointChange,
        response: answers({ 200: programFhirEndpoint }),
      },
    },
    async (req) => {
      const programId = req.params.id;
      if (!(await knownProgramIds(db, [programId])).has(programId)) throw new DomainError('not-found');
      const before = await readEndpoint(db, programId);
      const hostProblem = endpointHostProblem(req.body.baseUrl, ctx.fhirEndpointHosts);
      failIf('invalid-request', [
        ...(hostProblem ? [{ path: ['body', 'baseUrl'], message: hostProblem }] : []),
        ...(req.body.auth === 'bearer' && !req.body.bearerToken && before?.credential.auth !== 'bearer'
          ? [{ path: ['body', 'bearerToken'], message: 'is required to use bearer authentication the first time' }]
          : []),
        ...(req.body.auth === 'smart-backend' && !req.body.clientId && before?.credential.auth !== 'smart-backend'
          ? [{ path: ['body', 'clientId'], message: 'is required to use SMART Backend Services the first time' }]
          : []),
      ]);
      const secret = !before || req.body.newNotificationSecret ? newSecret() : undefined;
      const at = now();
      await db.transaction().execute(async (tx) => {
        await writeEndpoint(tx, programId, { ...req.body, notifyTokenHash: secret ? sha256(secret) : undefined }, caller(req).userId, at);
        await appendAudit(tx, [{ action: 'update', entityType: 'program-fhir-endpoint', entityId: programId }], changerOf(req));
      });
      const saved = await readEndpoint(db, programId);
      if (!saved) throw new DomainError('not-found');
      return view(saved, secret);
    },
  );

  app.delete(
    '/api/v1/programs/:id/fhir-endpoint',
    {
      config: admins,
      schema: {
        tags,
        summary: "Stop sending referrals to the program's FHIR server (queued ones then wait for a person)",
        params: programIdParams,
        response: answers({ 204: noContent }),
      },
    },
    async (req, reply) => {
      const gone = await db.transaction().execute(async (tx) => {
        const ok = await deleteEndpoint(tx, req.params.id);
        if (ok) await appendAudit(tx, [{ action: 'update', entityType: 'program-fhir-endpoint', entityId: req.params.id }], changerOf(req));
        return ok;
      });
      if (!gone) throw new DomainError('not-found');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/referrals/:id/delivery/retry',
    {
      config: { access: 'careTeam', personData: true },
      schema: {
        tags: ['referrals'],
        summary: "Try again to send a referral to the program's FHIR system (after it stopped, or now rather than at the next retry)",
        params: idParams,
        response: answers({ 200: referralDelivery }),
      },
    },
    async (req) => {
      const delivery = await req.records.deliveries.retry(req.params.id);
      // Not left for the next round: the clinician is looking at the page.
      ctx.fhirDelivery?.kick();
      return delivery;
    },
  );
  done();
};
