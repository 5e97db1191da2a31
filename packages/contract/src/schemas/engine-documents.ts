import type { AftercarePlan, Recommendation } from '@carelevel/engine';
import { z } from 'zod';

/**
 * Documents the engine defines and validates itself (its schema builder gives both the validator and
 * a JSON Schema): the API passes them through, and the OpenAPI document shows the engine's JSON Schema
 * under these component names (the server puts it there).
 */
export const ENGINE_DOCUMENTS = {
  CareCase: 'carelevel-case/1',
  Recommendation: 'carelevel-recommendation/1',
  AftercarePlan: 'carelevel-aftercare/1',
} as const;
export type EngineDocumentName = keyof typeof ENGINE_DOCUMENTS;

/** A case, as sent: any JSON, judged by the engine's own validator so the API and the engine never disagree. */
export const careCaseDocument = z.unknown().meta({ id: 'CareCase', description: ENGINE_DOCUMENTS.CareCase });

export const recommendationDocument = z
  .custom<Recommendation>()
  .meta({ id: 'Recommendation', description: ENGINE_DOCUMENTS.Recommendation });

export const aftercarePlanDocument = z.custom<AftercarePlan>().meta({ id: 'AftercarePlan', description: ENGINE_DOCUMENTS.AftercarePlan });
