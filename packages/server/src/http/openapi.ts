import { ROLE_GROUPS } from '@carelevel/contract';
import { RULES_VERSION } from '@carelevel/engine';
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ENGINE_JSON_SCHEMAS } from './engine-json-schemas.js';
import type { RouteAccess } from './route-access.js';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'carelevel API',
    version: '1',
    description: `Level-of-care decision support. Rules version ${RULES_VERSION}. Errors are application/problem+json (RFC 9457) with an \`errors\` array of { path, message }, each path the field's segments from the request root (["body", "case", "instruments", "phq9", 3]). Cookie sessions must send the CSRF token from sign-in in the X-CSRF-Token header on unsafe methods; scripts use Authorization: Bearer. Each operation's \`x-access\` names who may call it, and \`x-person-data\` marks those that read or write a person's record (each such call is audited, refusals too). The same records are also offered as FHIR R4 at /fhir/R4 (application/fhir+json, errors as OperationOutcome), under the same roles, consents and audit log; that API is described by its CapabilityStatement at /fhir/R4/metadata rather than here. SMART App Launch from a health record: /smart/launch and /smart/callback are browser redirects (302), not API calls; a refusal is a plain HTML page for a browser (Accept: text/html) and a problem document otherwise (docs/fhir.md says how to register carelevel in a record).`,
  },
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'carelevel_session' },
      bearer: { type: 'http', scheme: 'bearer' },
    },
  },
} as const;

const roleList = (access: RouteAccess): string => (access === 'public' ? 'anyone, signed in or not' : ROLE_GROUPS[access].join(', '));

/** Refusals and failures are answered as `application/problem+json`, which the document should say. */
function asProblemDocuments(response: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...response };
  for (const [code, description] of [
    ['4xx', 'The request was refused: a problem document naming every field at fault'],
    ['5xx', 'Something went wrong on our side: a problem document'],
  ] as const) {
    const schema = response[code];
    if (schema !== undefined) out[code] = { description, content: { 'application/problem+json': { schema } } };
  }
  return out;
}

/**
 * Each route's zod schemas as JSON Schema (the library's transform), plus who may call it, from the
 * same `config.access` the server enforces.
 */
export const describeRoute: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input);
  const config = input.route?.config;
  const access = config?.access;
  if (access === undefined || out.schema.hide === true) return out;
  const response = out.schema.response as Record<string, unknown> | undefined;
  return {
    ...out,
    schema: {
      ...out.schema,
      ...(response ? { response: asProblemDocuments(response) } : {}),
      description: `Who may call: ${roleList(access)}.${config?.personData ? ' Reads or writes a person’s record: audited, refusals too.' : ''}`,
      'x-access': access,
      ...(config?.personData ? { 'x-person-data': true } : {}),
      ...(access === 'public' ? {} : { security: [{ session: [] }, { bearer: [] }] }),
    },
  };
};

/**
 * The shared components, with the engine's own JSON Schemas under the names the contract gives its
 * documents (`CareCase`, `Recommendation`, `AftercarePlan`, as request and as answer): one source,
 * the engine's schema builder, for the validator and the description.
 */
export const describeComponents: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = { ...(doc.components?.schemas ?? {}) };
  for (const [name, schema] of Object.entries(ENGINE_JSON_SCHEMAS)) {
    schemas[name] = schema;
    schemas[`${name}Input`] = schema;
  }
  return { ...doc, components: { ...doc.components, schemas } } as ReturnType<SwaggerTransformObject>;
};
