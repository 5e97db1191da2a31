import { loadIndex, type DirectoryIndex } from '@carelevel/directory';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { accountsRoutes } from './accounts/accounts-routes.js';
import { ownAccountRoutes } from './accounts/own-account-routes.js';
import { userAdminRoutes } from './accounts/user-admin-routes.js';
import { aftercarePdfRoute } from './aftercare/aftercare-pdf-route.js';
import { aftercareRoutes } from './aftercare/aftercare-routes.js';
import { installAuthentication } from './accounts/authenticate.js';
import { LoginThrottle } from './accounts/login-throttle.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './accounts/sessions.js';
import { assessmentRoutes } from './assessments/assessment-routes.js';
import { evaluateRoute } from './assessments/evaluate-route.js';
import { auditRoutes } from './audit/audit-routes.js';
import { consentRoutes } from './consents/consent-routes.js';
import { installErrorHandler, sendProblem } from './errors/error-handler.js';
import type { ServerContext } from './http/context.js';
import type { TrustedProxies } from './http/client-address.js';
import { DEFAULT_HTTP_LIMITS, fastPathServer, type HttpLimits } from './http/fast-path-server.js';
import { installInputRules } from './http/input-rules.js';
import { healthRoutes } from './http/health-routes.js';
import { AccessLog, loggerOptions } from './http/logger.js';
import { OPENAPI_INFO, substituteEngineSchemas } from './http/openapi.js';
import { securityHeaders } from './http/security-headers.js';
import { peopleRoutes } from './people/people-routes.js';
import { programRoutes } from './programs/program-routes.js';
import { programSearchRoute } from './programs/program-search-route.js';
import { referralRoutes } from './referrals/referral-routes.js';
import type { ServerDatabase } from './storage/open-server-database.js';
import { reportRoutes } from './reports/report-routes.js';
import { timelineRoutes } from './timeline/timeline-routes.js';
import { transitionRoutes } from './transitions/transition-routes.js';
import { webAppRoutes } from './web/web-app-routes.js';
import { installJsonCompression } from './http/compress-json.js';

export interface AppOptions {
  readonly database: ServerDatabase;
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
}

/** How often an instance picks up directory changes made through another instance. */
const DIRECTORY_REFRESH_MS = 60_000;

function directoryCache(db: ServerDatabase['db']): Pick<ServerContext, 'directoryIndex' | 'invalidateDirectory'> {
  let cached: { at: number; index: Promise<DirectoryIndex> } | undefined;
  return {
    directoryIndex() {
      if (!cached || Date.now() - cached.at > DIRECTORY_REFRESH_MS) {
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
  const ctx: ServerContext = {
    db: database.db,
    dialect: database.dialect,
    sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    loginThrottle: new LoginThrottle(options.loginAttemptsPerMinute ?? 20, 60_000),
    secureCookies: options.tls ?? false,
    ...directoryCache(database.db),
  };
  const headers = securityHeaders({ tls: options.tls ?? false });
  // Answers about people (and cases) must not stay in a browser's or a proxy's cache.
  const apiHeaders = { ...headers, 'cache-control': 'no-store' };
  const bodyLimit = 1_048_576;
  const trust = options.trustProxy;
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    logController: new AccessLog(),
    // A hop count as proxy-addr's trust function: the nearest `trust` hops are ours, the next one is the client.
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust ? [...trust] : false,
    bodyLimit,
    // The router's own refusals (a malformed or overlong path) are problem documents like every other.
    frameworkErrors: (err, _req, reply) => {
      reply.headers(apiHeaders);
      const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'has a path segment longer than 100 characters' : 'is not a valid URL';
      void sendProblem(reply, 'invalid-request', [{ path: 'url', message }]);
    },
    serverFactory: fastPathServer({
      headers: apiHeaders,
      bodyLimit,
      limits: { ...DEFAULT_HTTP_LIMITS, ...options.httpLimits },
      log: (): FastifyBaseLogger => app.log,
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(req.url.startsWith('/api/') ? apiHeaders : headers);
    done();
  });
  installInputRules(app);
  installJsonCompression(app);
  await app.register(fastifyCookie);
  installAuthentication(app, ctx);

  await app.register(fastifySwagger, {
    openapi: OPENAPI_INFO,
    transform: jsonSchemaTransform,
    transformObject: (d) => substituteEngineSchemas('openapiObject' in d ? d.openapiObject : d.swaggerObject) as never,
  });
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
  await app.register(peopleRoutes, { ctx });
  await app.register(assessmentRoutes, { ctx });
  await app.register(timelineRoutes, { ctx });
  await app.register(transitionRoutes, { ctx });
  await app.register(consentRoutes, { ctx });
  await app.register(aftercareRoutes, { ctx });
  await app.register(aftercarePdfRoute, { ctx });
  await app.register(referralRoutes, { ctx });
  await app.register(programSearchRoute, { ctx });
  await app.register(programRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  if (options.webRoot) await app.register(webAppRoutes, { root: options.webRoot });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.ready();
  return app;
}
