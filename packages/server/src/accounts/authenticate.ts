import { DomainError, isRole } from '@carelevel/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { ServerContext } from '../http/context.js';
import type { Principal } from './principal.js';
import { SECOND_FACTOR_ROLES } from './security-settings.js';
import { findSession } from './session-store.js';
import { findTokenUser } from './token-store.js';
import { principalRow } from './user-store.js';
import { FHIR_BASE_PATH } from '../fhir/fhir-codes.js';
import { linkedUser } from '../smart/smart-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Signing in and first-run setup start sessions, so they cannot ask for a session's CSRF token. */
    csrfExempt?: boolean;
    /** The route checks `Authorization` itself (a program system's notification secret): no account is looked up. */
    ownAuthorization?: boolean;
  }
}

export const SESSION_COOKIE = 'carelevel_session';
export const CSRF_COOKIE = 'carelevel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameSecret = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Resolve who is asking on every request: `Authorization: Bearer` wins, else the session cookie.
 * Cookie-authenticated unsafe requests must echo the session's CSRF token in a header (double submit:
 * another site can make the browser send the cookie, but cannot read the token to put in the header);
 * only the two routes that start a session are exempt, by their own declaration.
 */
export function installAuthentication(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config.ownAuthorization === true) return;
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const smart = await smartAccess(ctx, req, auth);
      if (smart) {
        req.principal = smart;
        return;
      }
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const userId = m?.[1] ? await findTokenUser(ctx.db, m[1]) : undefined;
      const principal = userId ? await principalFor(ctx, userId, 'token', undefined) : null;
      if (!principal)
        throw new DomainError('unauthenticated', [{ path: ['headers', 'authorization'], message: 'is not a valid API token' }]);
      req.principal = principal;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(ctx.db, cookie, ctx.sessionPolicy);
    if (!session) return;
    if (!SAFE_METHODS.has(req.method) && req.routeOptions.config.csrfExempt !== true) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, session.csrfToken))
        throw new DomainError('csrf-failed', [{ path: ['headers', CSRF_HEADER], message: 'must equal the csrfToken given at sign-in' }]);
    }
    req.principal = await principalFor(ctx, session.userId, 'session', session.idHash);
  });
}

/**
 * A SMART access token at /fhir/R4 (only there: the rest of the API is carelevel's own accounts' and
 * tokens'), from a trusted record's authorization server, whose `fhirUser` an administrator linked to an
 * account. Undefined when the bearer token is not a JWT, so an API token is looked up as before.
 */
async function smartAccess(ctx: ServerContext, req: FastifyRequest, authorization: string): Promise<Principal | undefined> {
  if (!ctx.accessTokens || !req.url.startsWith(`${FHIR_BASE_PATH}/`)) return undefined;
  const grant = await ctx.accessTokens.verify(authorization, `${req.protocol}://${req.host}${req.url}`);
  if (!grant) return undefined;
  const userId = await linkedUser(ctx.db, grant.iss, grant.fhirUser);
  const principal = userId ? await principalFor(ctx, userId, 'smart', undefined) : null;
  if (!principal)
    throw new DomainError('forbidden', [
      { path: ['headers', 'authorization'], message: 'names a record user (fhirUser) not linked to an active carelevel account' },
    ]);
  return { ...principal, smartScope: grant.scope };
}

/**
 * The account behind a credential, read on every request so that disabling, a role change or the
 * second-factor setting takes effect at once on every instance. A disabled account is nobody.
 */
async function principalFor(
  ctx: ServerContext,
  userId: string,
  via: Principal['via'],
  sessionHash: string | undefined,
): Promise<Principal | null> {
  const user = await principalRow(ctx.db, userId);
  if (!user || user.disabled_at !== null || !isRole(user.role)) return null;
  // API tokens are made by an operator or admin for scripts; the second factor guards interactive sign-in.
  const mustEnrol = via === 'session' && !user.enrolled && user.required && SECOND_FACTOR_ROLES.includes(user.role);
  return {
    userId: user.id,
    role: user.role,
    programs: user.programs,
    via,
    mustEnrolSecondFactor: mustEnrol,
    ...(sessionHash ? { sessionHash } : {}),
  };
}

/** The caller of a route that declared a role group: the route's access check has made sure there is one. */
export function caller(req: FastifyRequest): Principal {
  if (!req.principal) throw new DomainError('unauthenticated');
  return req.principal;
}
