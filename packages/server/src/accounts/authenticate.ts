import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { findTokenUser } from './api-tokens.js';
import type { Principal, Role } from './roles.js';
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
/** Sign-in and first-run setup start sessions, so they cannot ask for a session's CSRF token. */
const CSRF_EXEMPT = new Set(['/api/v1/session', '/api/v1/setup']);

const sameSecret = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

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
      if (!userId) throw new ApiError('unauthenticated', [{ path: 'authorization', message: 'is not a valid API token' }]);
      req.principal = await principalFor(ctx, userId, 'token');
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(ctx.db, cookie, ctx.sessionPolicy);
    if (!session) return;
    const route = req.routeOptions.url ?? '';
    if (!SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(route)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, session.csrfToken))
        throw new ApiError('csrf-failed', [{ path: `headers.${CSRF_HEADER}`, message: 'must equal the csrfToken given at sign-in' }]);
    }
    req.principal = await principalFor(ctx, session.userId, 'session');
  });
}

async function principalFor(ctx: ServerContext, userId: string, via: Principal['via']): Promise<Principal | null> {
  const user = await ctx.db.selectFrom('users').select(['id', 'role', 'programs']).where('id', '=', userId).executeTakeFirst();
  return user ? { userId: user.id, role: user.role as Role, programs: JSON.parse(user.programs) as string[], via } : null;
}

/** The caller, who must be signed in with one of the roles. */
export function requireRole(req: FastifyRequest, roles: readonly Role[]): Principal {
  const p = req.principal;
  if (!p) throw new ApiError('unauthenticated');
  if (!roles.includes(p.role)) throw new ApiError('forbidden');
  return p;
}
