import { DomainError, mayAct, type RoleGroup } from '@carelevel/contract';
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { fhirRouteInteraction, scopeFor, userGrants } from '../smart/smart-scopes.js';

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

type FhirNeed = ReturnType<typeof fhirRouteInteraction>;

function check(access: RoleGroup, duringEnrolment: boolean, fhirNeed: FhirNeed): preHandlerHookHandler {
  return (req: FastifyRequest, _reply, done) => {
    const p = req.principal;
    const refusal = !p
      ? new DomainError('unauthenticated')
      : p.mustEnrolSecondFactor && !duringEnrolment
        ? new DomainError('second-factor-enrolment-required')
        : !mayAct(p.role, access)
          ? new DomainError('forbidden')
          : p.via === 'smart'
            ? smartRefusal(p.smartScope ?? '', fhirNeed)
            : undefined;
    done(refusal);
  };
}

/** A SMART access token's scopes narrow what the account's role may do; they never widen it. */
function smartRefusal(scope: string, need: FhirNeed): DomainError | undefined {
  if (!need)
    return new DomainError('forbidden', [
      { path: ['headers', 'authorization'], message: 'is a SMART access token, accepted at /fhir/R4 only' },
    ]);
  if (userGrants(scope, need.type, need.interaction)) return undefined;
  return new DomainError('forbidden', [
    {
      path: ['headers', 'authorization'],
      message: `is a SMART access token whose scopes do not include ${scopeFor(need)} (user-level scopes only)`,
    },
  ]);
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
    const method = [route.method].flat()[0] ?? 'GET';
    route.preHandler = [check(access, route.config?.duringEnrolment === true, fhirRouteInteraction(route.url, method)), ...own];
  });
  return table;
}
