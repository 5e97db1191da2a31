import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { globalRegistry, toJSONSchema, type ZodType } from 'zod';
import { ENGINE_JSON_SCHEMAS, isEngineDocumentName } from './engine-json-schemas.js';

type Stringify = (data: unknown) => string;

/** Turn an answer's zod schema into the JSON Schema fast-json-stringify compiles, with the engine's documents in place. */
function jsonSchemaOf(schema: ZodType): Record<string, unknown> {
  return toJSONSchema(schema, {
    io: 'output',
    target: 'draft-7',
    unrepresentable: 'any',
    reused: 'inline',
    override: (ctx) => {
      const id = globalRegistry.get(ctx.zodSchema)?.id;
      if (!isEngineDocumentName(id)) return;
      Object.assign(ctx.jsonSchema, ENGINE_JSON_SCHEMAS[id]);
    },
  });
}

/**
 * Fastify serialises every answer from the route's response schema: compiled once per schema by
 * fast-json-stringify (faster than `JSON.stringify` for a known shape, and it writes only the fields
 * the contract names, so nothing unlisted can leak into an answer). With `check` (the test suite),
 * each answer is also parsed by its zod schema first, so an answer that drifts from the contract is a
 * failure rather than something silently reshaped.
 */
export function answerSerializer(options: { readonly check: boolean }): FastifySerializerCompiler<ZodType> {
  const compiled = new WeakMap<ZodType, Stringify>();
  return ({ schema, method, url, httpStatus }) => {
    let stringify = compiled.get(schema);
    if (!stringify) {
      stringify = fastJson(jsonSchemaOf(schema)) as Stringify;
      compiled.set(schema, stringify);
    }
    if (!options.check) return stringify;
    const write = stringify;
    return (data: unknown) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success)
        throw new Error(
          `the ${httpStatus} answer of ${method} ${url} does not match its schema: ${parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        );
      return write(data);
    };
  };
}
