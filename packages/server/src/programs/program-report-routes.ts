import {
  directoryHealthAnswer,
  DomainError,
  idParams,
  newProgramReport,
  programIdParams,
  programReport,
  programReportList,
  programReportListQuery,
  programReportReceived,
  programReportResolution,
} from '@carelevel/contract';
import { directoryHealth } from '@carelevel/directory';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { caller } from '../accounts/authenticate.js';
import { LoginThrottle } from '../accounts/login-throttle.js';
import { appendAudit } from '../audit/audit-store.js';
import { answers } from '../http/answers.js';
import { boundedIp, changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { addProgramReport, getProgramReport, listProgramReports, resolveProgramReport } from './program-report-store.js';

/** Reports one address may send in an hour (counted in memory, per instance; the address is never stored). */
export const REPORTS_PER_HOUR = 10;

/** "Report a problem" on a listing (anyone), and the administrators' queue of reports to resolve. */
export const programReportRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext; reportsPerHour?: number }> = (app, opts, done) => {
  const { db } = opts.ctx;
  const tags = ['programs'];
  const throttle = new LoginThrottle(opts.reportsPerHour ?? REPORTS_PER_HOUR, 60 * 60_000);

  app.post(
    '/api/v1/programs/:id/reports',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Report a problem with a listing (public; nothing about the sender is asked or kept; rate-limited per address)',
        params: programIdParams,
        body: newProgramReport,
        response: answers({ 201: programReportReceived }),
      },
    },
    async (req, reply) => {
      if (!throttle.allow(boundedIp(req.ip))) throw new DomainError('too-many-attempts');
      const id = await addProgramReport(db, req.params.id, req.body);
      if (!id) throw new DomainError('not-found');
      return reply.code(201).send({ id, status: 'open' as const });
    },
  );

  app.get(
    '/api/v1/program-reports',
    {
      config: { access: 'admins' },
      schema: {
        tags,
        summary: 'Reported problems with listings, by status (open first-come first; admin)',
        querystring: programReportListQuery,
        response: answers({ 200: programReportList }),
      },
    },
    async (req) => listProgramReports(db, req.query),
  );

  app.get(
    '/api/v1/reports/directory-health',
    {
      config: { access: 'admins' },
      schema: {
        tags: ['reports'],
        summary: 'The directory\u2019s health: listings by age of last confirmation, open reports, programs no longer listed (admin)',
        response: answers({ 200: directoryHealthAnswer }),
      },
    },
    async () => ({
      ...(await directoryHealth(db)),
      openReports: (await listProgramReports(db, { status: 'open', limit: 1, offset: 0 })).total,
    }),
  );

  app.post(
    '/api/v1/program-reports/:id/resolve',
    {
      config: { access: 'admins' },
      schema: {
        tags,
        summary: 'Resolve a report: fix the listing, mark the program closed, or dismiss (admin; audited)',
        params: idParams,
        body: programReportResolution,
        response: answers({ 200: programReport }),
      },
    },
    async (req) => {
      const admin = caller(req);
      const resolved = await db.transaction().execute(async (tx) => {
        const report = await getProgramReport(tx, req.params.id);
        if (!report) throw new DomainError('not-found');
        if (report.status !== 'open')
          throw new DomainError('invalid-request', [{ path: ['params', 'id'], message: `the report is already ${report.status}` }]);
        const after = await resolveProgramReport(tx, report, req.body, admin.userId);
        if (!after) throw new DomainError('stale-version');
        await appendAudit(tx, [{ action: 'resolve', entityType: 'program-report', entityId: report.id }], changerOf(req));
        if (req.body.action !== 'dismiss')
          await appendAudit(tx, [{ action: 'update', entityType: 'program', entityId: report.programId }], changerOf(req));
        return after;
      });
      if (req.body.action !== 'dismiss') opts.ctx.invalidateDirectory();
      return resolved;
    },
  );
  done();
};
