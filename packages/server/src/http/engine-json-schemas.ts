import type { EngineDocumentName } from '@carelevel/contract';
import { aftercarePlanSchema, caseJsonSchemaSource, recommendationSchema, type JsonSchema } from '@carelevel/engine';

/**
 * The engine's own JSON Schemas for the documents the API passes through (its schema builder gives
 * the validator and this schema from one declaration). The OpenAPI document shows them under these
 * names, and answers carrying them are serialised from them.
 */
export const ENGINE_JSON_SCHEMAS: Readonly<Record<EngineDocumentName, JsonSchema>> = {
  CareCase: caseJsonSchemaSource.jsonSchema(),
  Recommendation: recommendationSchema.jsonSchema(),
  AftercarePlan: aftercarePlanSchema.jsonSchema(),
};

export const isEngineDocumentName = (id: unknown): id is EngineDocumentName =>
  typeof id === 'string' && Object.hasOwn(ENGINE_JSON_SCHEMAS, id);
