import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSRF_COOKIE, SESSION_COOKIE } from '../accounts/authenticate.js';
import { appendAudit } from '../audit/audit-store.js';
import { newSecret } from '../db/ids.js';
import { answers } from '../http/answers.js';
import { boundedIp, changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { completeLaunch, type OpenedLaunch } from './complete-launch.js';
import { issuerKey } from './fhir-user.js';
import { refuseLaunch } from './launch-page.js';
import { authorizationUrl, discover, LaunchRefused, newLaunchSecrets } from './smart-client.js';
import { redirectUri, registeredRecord, type SmartOptions } from './smart-records.js';
import { requestedScope } from './smart-scopes.js';
import { saveLaunch, takeLaunch } from './smart-store.js';

/** Ties a launch to the browser that started it (login CSRF): Lax, since the record redirects back cross-site. */
const LAUNCH_COOKIE = 'carelevel_smart_launch';

const launchQuery = z.object({ iss: z.string().min(1).max(500), launch: z.string().min(1).max(2000) });
const callbackQuery = z.looseObject({ state: z.string().min(1).max(500).optional() });

/** SMART App Launch, EHR launch: the launch URL a record opens, and the callback that signs the clinician in. */
export const launchRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext; smart: SmartOptions | undefined }> = (
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

  done();
};
