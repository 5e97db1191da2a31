import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { findTokenUser } from './api-tokens.js';
import type { Principal, Role } from './roles.js';
import { SECOND_FACTOR_KEY, SECOND_FACTOR_ROLES } from './security-settings.js';
import { findSession } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'carelevel_session';
export const CSRF_COOKIE = 'carelevel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Signing in and first-run setup start sessions, so they cannot ask for a session's CSRF token. Only
 * those two requests: signing out (DELETE on the same route) still needs the token.
 */
const CSRF_EXEMPT = new Set(['POST /api/v1/session', 'POST /api/v1/setup']);

/** What a session that still has to enrol its second factor may do: enrol, see itself, sign out. */
const ENROLMENT_ROUTES = new Set([
  'GET /api/v1/session',
  'DELETE /api/v1/session',
  'POST /api/v1/account/second-factor',
  'POST /api/v1/account/second-factor/confirm',
]);

const sameSecret = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const routeKey = (req: FastifyRequest): string => `${req.method} ${req.routeOptions.url ?? ''}`;

/**
 * Resolve who is asking on every request: `Authorization: Bearer` wins, else the session cookie.
 * Cookie-authenticated unsafe requests must echo the session's CSRF token in a header (double submit:
 * another site can make the browser send the cookie, but cannot read the token to put in the header).
 */
export function installAuthentication(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const userId = m?.[1] ? await findTokenUser(ctx.db, m[1]) : undefined;
      const principal = userId ? await principalFor(ctx, userId, 'token', undefined) : null;
      if (!principal) throw new ApiError('unauthenticated', [{ path: 'authorization', message: 'is not a valid API token' }]);
      req.principal = principal;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(ctx.db, cookie, ctx.sessionPolicy);
    if (!session) return;
    if (!SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(routeKey(req))) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, session.csrfToken))
        throw new ApiError('csrf-failed', [{ path: `headers.${CSRF_HEADER}`, message: 'must equal the csrfToken given at sign-in' }]);
    }
    req.principal = await principalFor(ctx, session.userId, 'session', session.idHash);
  });
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
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'programs', 'disabled_at', 'totp_secret'])
    .select((eb) => eb.selectFrom('settings').select('value').where('key', '=', SECOND_FACTOR_KEY).limit(1).as('second_factor_required'))
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled_at !== null) return null;
  const role = user.role as Role;
  // API tokens are made by an operator or admin for scripts; the second factor guards interactive sign-in.
  const mustEnrol =
    via === 'session' && user.totp_secret === null && user.second_factor_required === 'true' && SECOND_FACTOR_ROLES.includes(role);
  return {
    userId: user.id,
    role,
    programs: JSON.parse(user.programs) as string[],
    via,
    mustEnrolSecondFactor: mustEnrol,
    ...(sessionHash ? { sessionHash } : {}),
  };
}

/** The caller, who must be signed in with one of the roles (and have enrolled a second factor if required). */
export function requireRole(req: FastifyRequest, roles: readonly Role[]): Principal {
  const p = req.principal;
  if (!p) throw new ApiError('unauthenticated');
  if (p.mustEnrolSecondFactor && !ENROLMENT_ROUTES.has(routeKey(req))) throw new ApiError('second-factor-enrolment-required');
  if (!roles.includes(p.role)) throw new ApiError('forbidden');
  return p;
}
