import {
  assessmentParams,
  DomainError,
  fhirUserLink,
  fhirUserLinks,
  healthRecordPrefill,
  idParams,
  recordWriteBack,
} from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSRF_COOKIE, SESSION_COOKIE } from '../accounts/authenticate.js';
import { findUser } from '../accounts/user-store.js';
import { appendAudit } from '../audit/audit-store.js';
import { newSecret } from '../db/ids.js';
import { observationsOf } from '../fhir/observation.js';
import { answers } from '../http/answers.js';
import { boundedIp, changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { completeLaunch, type OpenedLaunch } from './complete-launch.js';
import { fhirUserKey, issuerKey } from './fhir-user.js';
import { forRecord } from './for-record.js';
import { refuseLaunch } from './launch-page.js';
import { RecordFhir } from './record-fhir.js';
import { prefillFrom } from './record-prefill.js';
import { authorizationUrl, discover, LaunchRefused, newLaunchSecrets } from './smart-client.js';
import { redirectUri, registeredRecord, type SmartOptions } from './smart-records.js';
import { mayWriteObservations, requestedScope } from './smart-scopes.js';
import { linkUser, saveLaunch, takeLaunch, tokenFor, userLinks } from './smart-store.js';

/** Ties a launch to the browser that started it (login CSRF): Lax, since the record redirects back cross-site. */
const LAUNCH_COOKIE = 'carelevel_smart_launch';

const launchQuery = z.object({ iss: z.string().min(1).max(500), launch: z.string().min(1).max(2000) });
const callbackQuery = z.looseObject({ state: z.string().min(1).max(500).optional() });

/** SMART App Launch (EHR launch) and what a launched session does with the record: prefill and write-back. */
export const smartRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext; smart: SmartOptions | undefined }> = (
  app,
  { ctx, smart },
  done,
) => {
  const { db } = ctx;
  const tags = ['smart'];
  const cookieOptions = { path: '/', sameSite: 'strict', secure: ctx.secureCookies } as const;

  app.get(
    '/smart/launch',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'SMART EHR launch: from a registered record (iss), redirect to its authorization endpoint',
        querystring: launchQuery,
        response: answers({ 302: z.null() }),
      },
    },
    async (req, reply) => {
      const record = registeredRecord(smart, req.query.iss);
      if (!smart || !record) return refuseLaunch(req, reply, 400, 'iss', 'this health record is not registered with carelevel (iss)');
      let url: URL;
      const browser = newSecret();
      try {
        const as = await discover(record.iss);
        const secrets = newLaunchSecrets();
        await saveLaunch(db, { ...secrets, iss: issuerKey(record.iss), browser });
        const scope = requestedScope(record.writeBack === true);
        url = await authorizationUrl(as, record, req.query.launch, redirectUri(smart), scope, secrets);
      } catch (e) {
        if (e instanceof LaunchRefused) return refuseLaunch(req, reply, e.status, e.field, e.message);
        throw e;
      }
      const launchCookie = { path: '/smart/', sameSite: 'lax', secure: ctx.secureCookies, httpOnly: true, maxAge: 600 } as const;
      reply.setCookie(LAUNCH_COOKIE, browser, launchCookie);
      return reply.code(302).header('location', url.toString()).send(null);
    },
  );

  app.get(
    '/smart/callback',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'SMART launch callback: exchange the code, check the id_token, sign in the mapped account, open the person',
        querystring: callbackQuery,
        response: answers({ 302: z.null() }),
      },
    },
    async (req, reply) => {
      const state = req.query.state;
      const launch = state ? await takeLaunch(db, state, req.cookies[LAUNCH_COOKIE]) : undefined;
      reply.clearCookie(LAUNCH_COOKIE, { path: '/smart/' });
      const record = launch ? registeredRecord(smart, launch.iss) : undefined;
      if (!smart || !state || !launch || !record)
        return refuseLaunch(req, reply, 400, 'state', 'this sign-in from the health record is unknown, expired or already used (state)');
      let opened: OpenedLaunch;
      try {
        opened = await completeLaunch(ctx, record, new URL(req.url, 'http://callback.invalid'), state, redirectUri(smart), launch, {
          ip: boundedIp(req.ip),
          previousCookie: req.cookies[SESSION_COOKIE],
        });
      } catch (e) {
        if (e instanceof LaunchRefused) return refuseLaunch(req, reply, e.status, e.field, e.message);
        // The error's kind only: a record's answer may hold PHI, and a token must never reach a log.
        req.log.warn({ err: { type: e instanceof Error ? e.name : 'unknown' } }, 'SMART launch failed');
        return refuseLaunch(req, reply, 400, 'iss', 'the health record could not be reached to finish the launch');
      }
      const { session, userId, personId } = opened;
      await appendAudit(db, [{ action: 'login', entityType: 'smart-launch', entityId: userId }], changerOf(req, userId));
      const expires = new Date(session.expiresAt);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, httpOnly: true, expires });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...cookieOptions, httpOnly: false, expires });
      // Ids only: the person's name stays out of the URL (and so out of history and access logs).
      return reply.code(302).header('location', `/staff#/people/${personId}/assessments/new`).send(null);
    },
  );

  app.get(
    '/api/v1/people/:id/health-record',
    {
      config: { access: 'assessors', personData: true },
      schema: {
        tags,
        summary: 'What the health record this session was launched from knows about the person (answers to offer)',
        params: idParams,
        response: answers({ 200: healthRecordPrefill }),
      },
    },
    async (req) => {
      // Only a session launched on this person has a record to read: any other gets nothing, reads nothing.
      const token = await tokenFor(db, req.principal?.sessionHash, req.params.id);
      const record = token ? registeredRecord(smart, token.iss) : undefined;
      if (!token || !record) return { launched: false, instruments: [], totals: [], conditions: [] };
      await req.records.people.read(req.params.id);
      try {
        return prefillFrom(await new RecordFhir(record.iss, token.accessToken).recent(token.patientId));
      } catch {
        req.log.warn('reading the health record for a prefill failed');
        return { launched: true, instruments: [], totals: [], conditions: [] };
      }
    },
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/health-record',
    {
      config: { access: 'assessors', personData: true },
      schema: {
        tags,
        summary: 'Write a signed assessment back to the health record this session was launched from (where its scopes allow)',
        params: assessmentParams,
        response: answers({ 200: recordWriteBack }),
      },
    },
    async (req) => {
      const token = await tokenFor(db, req.principal?.sessionHash, req.params.id);
      const record = token ? registeredRecord(smart, token.iss) : undefined;
      if (!token || !record) return { outcome: 'not-launched', written: 0 } as const;
      const a = await req.records.assessments.read(req.params.id, req.params.assessmentId);
      if (!a.signedAt) return { outcome: 'not-signed', written: 0 } as const;
      if (!mayWriteObservations(token.scope)) return { outcome: 'not-allowed', written: 0 } as const;
      const fhir = new RecordFhir(record.iss, token.accessToken);
      const observations = forRecord(observationsOf(a), token.patientId);
      let written = 0;
      try {
        for (const o of observations) {
          await fhir.create(o);
          written += 1;
        }
      } catch {
        req.log.warn({ written }, 'writing back to the health record failed');
      }
      // A disclosure to another system: the audit log says who sent which assessment to the record.
      if (written > 0)
        await appendAudit(
          db,
          [{ action: 'create', entityType: 'record-write-back', entityId: a.id, personId: a.personId }],
          changerOf(req),
        );
      return { outcome: written === observations.length ? 'written' : 'failed', written } as const;
    },
  );

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
