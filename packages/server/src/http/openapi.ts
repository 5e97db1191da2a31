import { caseSchema, recommendationSchema, RULES_VERSION } from '@carelevel/engine';
import { CASE_MARKER } from '../assessments/case-body.js';

type Json = unknown;

/**
 * Cases are validated by the engine, not by zod, so the generated document shows `{}` for them; put
 * the engine's own JSON Schema there instead (one source: the engine's schema builder produces both
 * its validator and this schema).
 */
export function substituteEngineSchemas(doc: Json): Json {
  const caseRef = { $ref: '#/components/schemas/CareCase' };
  const walk = (node: Json, key: string): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node && typeof node === 'object') {
      const obj = node as Record<string, Json>;
      if (obj.description === CASE_MARKER) {
        // A whole body that is a case arrives here as the request body itself; a case inside a body, as a schema.
        return key === 'requestBody'
          ? { required: true, description: 'A carelevel-case/1 document', content: { 'application/json': { schema: caseRef } } }
          : caseRef;
      }
      return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  const out = walk(doc, '') as {
    components?: { schemas?: Record<string, Json> };
    paths?: Record<string, Record<string, { responses?: Record<string, Json> }>>;
  };
  out.components = {
    ...(out.components ?? {}),
    schemas: { ...(out.components?.schemas ?? {}), CareCase: caseSchema.jsonSchema(), Recommendation: recommendationSchema.jsonSchema() },
  };
  const evaluate = out.paths?.['/api/v1/evaluate']?.post;
  if (evaluate)
    evaluate.responses = {
      200: {
        description: 'The recommendation',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Recommendation' } } },
      },
      400: { description: 'Field errors (problem+json)' },
    };
  return out;
}

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'carelevel API',
    version: '1',
    description: `Level-of-care decision support. Rules version ${RULES_VERSION}. Errors are application/problem+json (RFC 9457) with an \`errors\` array of { path, message }. Cookie sessions must send the CSRF token from sign-in in the X-CSRF-Token header on unsafe methods; scripts use Authorization: Bearer.`,
  },
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'carelevel_session' },
      bearer: { type: 'http', scheme: 'bearer' },
    },
  },
} as const;
