import { DomainError, mayAct, type RoleGroup } from '@carelevel/contract';
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';

/** Who may call a route: a role group, or anyone (signed in or not). */
export type RouteAccess = RoleGroup | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call; every `/api/v1/` route declares it, and the check runs before the handler. */
    access?: RouteAccess;
    /** The route reads or writes a person's record: its handler gets `req.records`, which checks and audits. */
    personData?: boolean;
    /** A session that must first enrol a second factor may still call it (enrol, see itself, sign out). */
    duringEnrolment?: boolean;
  }
}

/** Every route's declared access, by `METHOD /path` (tests and the OpenAPI document read it). */
export type AccessTable = ReadonlyMap<string, { readonly access: RouteAccess; readonly personData: boolean }>;

function check(access: RoleGroup, duringEnrolment: boolean): preHandlerHookHandler {
  return (req: FastifyRequest, _reply, done) => {
    const p = req.principal;
    const refusal = !p
      ? new DomainError('unauthenticated')
      : p.mustEnrolSecondFactor && !duringEnrolment
        ? new DomainError('second-factor-enrolment-required')
        : mayAct(p.role, access)
          ? undefined
          : new DomainError('forbidden');
    done(refusal);
  };
}

/**
 * Cross-cutting rules declared on the route, the way Fastify's own plugins read `routeOptions.config`
 * in an `onRoute` hook: the role check is attached to every API route from its declaration, so no
 * handler calls it by hand and none can forget it. An `/api/v1/` or `/fhir/` route that declares nothing is a
 * start-up error, not an open door.
 */
export function installRouteAccess(app: FastifyInstance): AccessTable {
  const table = new Map<string, { access: RouteAccess; personData: boolean }>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') && !route.url.startsWith('/fhir/')) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`${String(route.method)} ${route.url} does not declare who may call it (config.access)`);
    const personData = route.config?.personData === true;
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.set(`${method} ${route.url}`, { access, personData });
    if (access === 'public') return;
    const own = route.preHandler === undefined ? [] : [route.preHandler].flat();
    route.preHandler = [check(access, route.config?.duringEnrolment === true), ...own];
  });
  return table;
}
