import { LOCALES } from '@carelevel/engine';
import { z } from 'zod';
import { instant } from './common.js';
import { aftercarePlanDocument } from './engine-documents.js';

/**
 * A `carelevel-aftercare/1` plan, bounded in size here; its shape is checked by the engine's own
 * schema (the one the workspace builds against).
 */
export const planBody = z.object({
  plan: z.record(z.string(), z.unknown()).refine((p) => JSON.stringify(p).length <= 65_536, 'must be at most 64 KiB of JSON'),
});

export const aftercarePlan = z.object({ personId: z.uuid(), plan: aftercarePlanDocument, version: z.number().int(), updatedAt: instant });
export type AftercarePlanView = z.infer<typeof aftercarePlan>;

export const planPdfQuery = z.object({
  copy: z.enum(['person', 'clinician']).default('person'),
  /** The plan's own language when not given. */
  locale: z.enum(LOCALES).optional(),
});
export type PlanPdfQuery = z.input<typeof planPdfQuery>;

export const pdfFile = z.custom<Uint8Array>().meta({ type: 'string', format: 'binary', description: 'application/pdf' });
