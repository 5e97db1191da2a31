/**
 * SMART App Launch 2.x scopes. What carelevel asks a record for, and what a granted scope string lets
 * it do. Pure: the launch and the write-back decide from these, and tests pin them down.
 */

/** Launch context, sign-in (id_token with fhirUser), and reading the patient's record. */
export const READ_SCOPES = ['launch', 'openid', 'fhirUser', 'patient/*.rs'] as const;
/** Creating Observations in the patient's record: the determination and instrument totals on signing. */
export const WRITE_SCOPE = 'patient/Observation.c';

/** The scope string for the authorization request; write-back only where the operator allowed it. */
export function requestedScope(writeBack: boolean): string {
  return [...READ_SCOPES, ...(writeBack ? [WRITE_SCOPE] : [])].join(' ');
}

export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';

const V1_ACTIONS: Readonly<Record<string, readonly Interaction[]>> = {
  read: ['r', 's'],
  write: ['c', 'u', 'd'],
  '*': ['c', 'r', 'u', 'd', 's'],
};

/** The interactions one scope's permission part grants: v2 (`cruds` letters) or v1 (`read`, `write`, `*`). */
function interactionsOf(permissions: string): readonly Interaction[] {
  const v1 = V1_ACTIONS[permissions];
  if (v1) return v1;
  // v2 letters must come in the order c, r, u, d, s, each at most once; anything else grants nothing.
  if (!/^c?r?u?d?s?$/.test(permissions) || permissions === '') return [];
  return (['c', 'r', 'u', 'd', 's'] as const).filter((c) => permissions.includes(c));
}

/**
 * Whether a granted scope string lets the app perform `interaction` on `resourceType` in the patient's
 * compartment. `patient/`, `user/` and `system/` scopes all reach the launched patient's data; a v2
 * scope's query suffix (`?category=…`) narrows what it grants, so it is not taken as a grant of the whole
 * type.
 */
export function grants(scope: string, resourceType: string, interaction: Interaction): boolean {
  return grantsIn(scope, ['patient', 'user', 'system'], resourceType, interaction);
}

/**
 * Whether a SMART access token's scopes let its user perform `interaction` on `resourceType` through
 * carelevel's own FHIR API. Only `user/` scopes count there: a `patient/` scope is bound to a patient in
 * the record's own ids, which carelevel's records are not, so it grants nothing rather than everything.
 */
export function userGrants(scope: string, resourceType: string, interaction: Interaction): boolean {
  return grantsIn(scope, ['user'], resourceType, interaction);
}

function grantsIn(scope: string, contexts: readonly string[], resourceType: string, interaction: Interaction): boolean {
  return scope
    .split(/\s+/)
    .filter(Boolean)
    .some((s) => {
      const m = /^(patient|user|system)\/([A-Za-z*]+)\.([a-z*]+)$/.exec(s);
      if (!m) return false;
      const [, context, type, permissions] = m;
      return (
        contexts.includes(context ?? '') &&
        (type === '*' || type === resourceType) &&
        interactionsOf(permissions ?? '').includes(interaction)
      );
    });
}

/** Whether the write-back may run: Observations may be created in the record. */
export const mayWriteObservations = (scope: string): boolean => grants(scope, 'Observation', 'c');

/** What a /fhir/R4 route does, in SMART's terms: `GET /fhir/R4/Patient/:id` reads Patient; without the id it searches. */
export function fhirRouteInteraction(
  routeUrl: string,
  method: string,
): { readonly type: string; readonly interaction: Interaction } | undefined {
  const m = /^\/fhir\/R4\/([A-Z][A-Za-z]+)(\/:id)?$/.exec(routeUrl);
  if (!m?.[1]) return undefined;
  const byMethod: Record<string, Interaction | undefined> = { POST: 'c', PUT: 'u', PATCH: 'u', DELETE: 'd' };
  return { type: m[1], interaction: byMethod[method] ?? (m[2] ? 'r' : 's') };
}

/** The scope that would allow it, for the refusal's words. */
export const scopeFor = (need: { readonly type: string; readonly interaction: Interaction }): string =>
  `user/${need.type}.${need.interaction}`;
