import { loadIndex, type DirectoryIndex } from '@carelevel/directory';
import type { AppDatabase } from '@carelevel/storage';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { accountsRoutes } from './accounts/accounts-routes.js';
import { installAuthentication } from './accounts/authenticate.js';
import { LoginThrottle } from './accounts/login-throttle.js';
import { ownAccountRoutes } from './accounts/own-account-routes.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './accounts/session-store.js';
import { userAdminRoutes } from './accounts/user-admin-routes.js';
import { aftercareRoutes } from './aftercare/aftercare-routes.js';
import { assessmentRoutes } from './assessments/assessment-routes.js';
import { evaluateRoute } from './assessments/evaluate-route.js';
import { fhirRoutes } from './fhir/fhir-routes.js';
import { auditRoutes } from './audit/audit-routes.js';
import { consentRoutes } from './consents/consent-routes.js';
import { answerSerializer } from './http/answer-serializer.js';
import type { TrustedProxies } from './http/client-address.js';
import type { ServerContext } from './http/context.js';
import { healthRoutes } from './http/health-routes.js';
import { DEFAULT_HTTP_LIMITS, serverLimits, type HttpLimits } from './http/http-limits.js';
import { installInputRules } from './http/input-rules.js';
import { AccessLog, loggerOptions } from './http/logger.js';
import { describeComponents, describeRoute, OPENAPI_INFO } from './http/openapi.js';
import { installProblemReplies, sendProblem } from './http/problem-replies.js';
import { requestValidator } from './http/request-validator.js';
import { installRouteAccess, type AccessTable } from './http/route-access.js';
import { securityHeaders } from './http/security-headers.js';
import { peopleRoutes } from './people/people-routes.js';
import { programReportRoutes } from './programs/program-report-routes.js';
import { programRoutes } from './programs/program-routes.js';
import { installRequestRecords } from './records/request-records.js';
import { referralRoutes } from './referrals/referral-routes.js';
import { reportRoutes } from './reports/report-routes.js';
import { timelineRoutes } from './timeline/timeline-routes.js';
import { transitionRoutes } from './transitions/transition-routes.js';
import { webAppRoutes } from './web/web-app-routes.js';
import { fhirUserRoutes } from './smart/fhir-user-routes.js';
import { healthRecordRoutes } from './smart/health-record-routes.js';
import { launchRoutes } from './smart/launch-routes.js';
import type { SmartOptions } from './smart/smart-records.js';
import { accessTokenVerifier } from './smart/access-tokens.js';
import { installJsonCompression } from './http/compress-json.js';
import { DeliveryWorker, type FhirDelivery, type WorkerDeps } from './fhir-loop/delivery-worker.js';
import { fhirLoopRoutes } from './fhir-loop/endpoint-routes.js';
import { notificationRoute } from './fhir-loop/notification-route.js';

export interface AppOptions {
  readonly database: AppDatabase;
  readonly logLevel?: string;
  /** Where log lines go (tests capture them); stdout by default. */
  readonly logStream?: DestinationStream;
  /** Served over TLS directly, or behind a proxy that terminates it: HSTS and Secure cookies. */
  readonly tls?: boolean;
  /**
   * Believe X-Forwarded-* from reverse proxies: how many hops, or which proxy addresses (for the client
   * address in the sign-in limiter and the audit log). Off by default: the socket's address is used.
   */
  readonly trustProxy?: TrustedProxies;
  /** Request and header timeouts and the connection cap; DEFAULT_HTTP_LIMITS unless told. */
  readonly httpLimits?: Partial<HttpLimits>;
  readonly sessionPolicy?: SessionPolicy;
  /** The built web app to serve at `/` (packages/web/dist); nothing is served there when absent. */
  readonly webRoot?: string;
  /** Sign-in attempts per address per minute. */
  readonly loginAttemptsPerMinute?: number;
  /**
   * How old this instance's directory search index may grow before it is read again, so changes made
   * through another instance reach its searches (a minute unless told; the changing instance is at once).
   */
  readonly directoryRefreshMs?: number;
  /** "Report a problem" reports per address per hour (REPORTS_PER_HOUR unless told). */
  readonly programReportsPerHour?: number;
  /** Check every answer against its schema before sending it (the test suite turns this on). */
  readonly checkAnswers?: boolean;
  /** The delivery worker's clock, chance, network and settings (tests pass their own); the real ones unless told. */
  readonly fhirDelivery?: Partial<Pick<WorkerDeps, 'clock' | 'random' | 'fetch' | 'settings'>>;
  /** The only hosts a program's FHIR server may be on (CARELEVEL_FHIR_ENDPOINT_HOSTS); any https host when unset. */
  readonly fhirEndpointHosts?: readonly string[];
  /** Health records carelevel is registered with as a SMART app, and its own public origin; no launch without. */
  readonly smart?: SmartOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Who may call each API route, as the routes declared it. */
    readonly accessTable: AccessTable;
    /** Sends referrals to programs' own FHIR systems and follows their Tasks; `startServer` runs it on a timer. */
    readonly fhirDelivery: FhirDelivery;
  }
}

/** How often an instance picks up directory changes made through another instance, unless told. */
const DIRECTORY_REFRESH_MS = 60_000;

function directoryCache(db: AppDatabase['db'], refreshMs: number): Pick<ServerContext, 'directoryIndex' | 'invalidateDirectory'> {
  let cached: { at: number; index: Promise<DirectoryIndex> } | undefined;
  return {
    directoryIndex() {
      if (!cached || Date.now() - cached.at > refreshMs) {
        const index = loadIndex(db);
        cached = { at: Date.now(), index };
        index.catch(() => (cached = undefined));
      }
      return cached.index;
    },
    invalidateDirectory() {
      cached = undefined;
    },
  };
}

/** Build the whole app without listening (tests use `app.inject()`); `startServer` listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database } = options;
  // The worker logs through the app's logger, which exists only once Fastify is made below.
  const logs: { to?: FastifyInstance['log'] } = {};
  const fhirDelivery = new DeliveryWorker({
    db: database.db,
    clock: () => new Date(),
    random: Math.random,
    fetch: globalThis.fetch,
    endpointHosts: options.fhirEndpointHosts,
    ...options.fhirDelivery,
    log: { warn: (fields, message) => logs.to?.warn(fields, message), info: (fields, message) => logs.to?.info(fields, message) },
  });
  const ctx: ServerContext = {
    fhirDelivery,
    db: database.db,
    dialect: database.dialect,
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    loginThrottle: new LoginThrottle(options.loginAttemptsPerMinute ?? 20, 60_000),
    secureCookies: options.tls ?? false,
    ...directoryCache(database.db, options.directoryRefreshMs ?? DIRECTORY_REFRESH_MS),
    accessTokens: accessTokenVerifier(options.smart),
    fhirEndpointHosts: options.fhirEndpointHosts,
  };
  const headers = securityHeaders({ tls: options.tls ?? false });
  // Answers about people (and cases) must not stay in a browser's or a proxy's cache.
  const apiHeaders = { ...headers, 'cache-control': 'no-store' };
  const trust = options.trustProxy;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits };
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    logController: new AccessLog(),
    // A hop count as proxy-addr's trust function: the nearest `trust` hops are ours, the next one is the client.
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust ? [...trust] : false,
    bodyLimit: 1_048_576,
    ...serverLimits(limits),
    // The router's own refusals (a malformed or overlong path) are problem documents like every other.
    frameworkErrors: (err, _req, reply) => {
      reply.headers(apiHeaders);
      const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'has a path segment longer than 100 characters' : 'is not a valid URL';
      void sendProblem(reply, 'invalid-request', [{ path: ['url'], message }]);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.server.maxConnections = limits.maxConnections;
  logs.to = app.log;
  app.decorate('fhirDelivery', fhirDelivery);
  app.setValidatorCompiler(requestValidator);
  app.setSerializerCompiler(answerSerializer({ check: options.checkAnswers ?? false }));
  installProblemReplies(app);
  app.decorate('accessTable', installRouteAccess(app));

  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(req.url.startsWith('/api/') || req.url.startsWith('/fhir/') ? apiHeaders : headers);
    done();
  });
  installInputRules(app);
  installJsonCompression(app);
  await app.register(fastifyCookie);
  installAuthentication(app, ctx);
  installRequestRecords(app, ctx);

  await app.register(fastifySwagger, { openapi: OPENAPI_INFO, transform: describeRoute, transformObject: describeComponents });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // The docs page keeps the app's rules: no framing, nothing fetched from elsewhere (works offline).
    transformStaticCSP: (header: string) =>
      header
        .replace(/frame-ancestors [^;]+/, "frame-ancestors 'none'")
        .replace(/ validator\.swagger\.io/g, '')
        .replace(options.tls ? /$^/ : /\s*upgrade-insecure-requests;?/, ''),
    uiConfig: { url: '/api/openapi.json', validatorUrl: null },
  });

  await app.register(healthRoutes, { ctx });
  await app.register(evaluateRoute);
  await app.register(accountsRoutes, { ctx });
  await app.register(userAdminRoutes, { ctx });
  await app.register(ownAccountRoutes, { ctx });
  await app.register(peopleRoutes);
  await app.register(assessmentRoutes);
  await app.register(timelineRoutes);
  await app.register(transitionRoutes);
  await app.register(consentRoutes);
  await app.register(aftercareRoutes);
  await app.register(referralRoutes);
  await app.register(programRoutes, { ctx });
  await app.register(programReportRoutes, {
    ctx,
    ...(options.programReportsPerHour !== undefined ? { reportsPerHour: options.programReportsPerHour } : {}),
  });
  await app.register(auditRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(fhirRoutes, { ctx });
  await app.register(fhirLoopRoutes, { ctx });
  await app.register(notificationRoute, { ctx });
  await app.register(launchRoutes, { ctx, smart: options.smart });
  await app.register(healthRecordRoutes, { ctx, smart: options.smart });
  await app.register(fhirUserRoutes, { ctx });
  if (options.webRoot) await app.register(webAppRoutes, { root: options.webRoot });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.ready();
  return app;
}
