import { assess, LOCALES, type Recommendation } from '@carelevel/engine';
import { z } from 'zod';
import { ApiError } from '../errors/catalogue.js';

/**
 * A `carelevel-case/1` document arrives as any JSON: the engine's own validator is the one that judges
 * it (so API and engine never disagree), and the OpenAPI document shows the engine's JSON Schema for it
 * (substituted in openapi.ts).
 */
export const CASE_MARKER = 'carelevel-case/1';
export const caseDocument = z.unknown().meta({ description: CASE_MARKER });
export const localeQuery = z.object({ locale: z.enum(LOCALES).default('en') });

/** Run the engine on an untrusted case; every field error at once, paths prefixed with where the case sat. */
export function evaluateCase(input: unknown, locale: (typeof LOCALES)[number], prefix: string): Recommendation {
  const result = assess(input, { locale });
  if (!result.ok) {
    throw new ApiError(
      'invalid-case',
      result.errors.map((e) => ({ path: [prefix, e.path].filter(Boolean).join('.'), message: e.message })),
    );
  }
  return result.recommendation;
}
