import { problemSchema } from '@carelevel/contract';
import type { ZodType } from 'zod';

/**
 * A route's answers: its own for success, and the problem document for every 4xx and 5xx, so the
 * OpenAPI document describes every answer and each is serialised from its schema.
 */
export function answers<const T extends Readonly<Record<number, ZodType>>>(
  ok: T,
): T & { readonly '4xx': typeof problemSchema; readonly '5xx': typeof problemSchema } {
  return { ...ok, '4xx': problemSchema, '5xx': problemSchema };
}
