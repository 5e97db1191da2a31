import { LEVEL_CODES, WITHDRAWAL_MANAGEMENT } from '../levels/levels.js';
import { LOCALES } from '../locales/locale-types.js';
import { CRISIS_KINDS, SUPPORTS, URGENT_KINDS } from '../rules/rule-types.js';
import {
  array,
  enumOf,
  integer,
  literal,
  nullable,
  object,
  optional,
  record,
  scalar,
  string,
  type Infer,
  type FieldIssue,
} from '../case/schema-builder.js';

export const RECOMMENDATION_FORMAT = 'carelevel-recommendation/1';

const message = object({ code: string({ maxLength: 100 }), facts: optional(record(scalar())) });
const dimensionNumber = integer(1, 6);

/**
 * `carelevel-recommendation/1`. The fields of the published contract come first; the rest are
 * carelevel extensions (all additive): language-free codes beside every sentence, so the web app
 * can re-render in another language, and the ids of the rules that fired, for audit.
 */
export const recommendationSchema = object({
  format: literal(RECOMMENDATION_FORMAT),
  level: enumOf(LEVEL_CODES),
  withdrawalManagement: enumOf(WITHDRAWAL_MANAGEMENT),
  crisis: nullable(object({ kind: enumOf(CRISIS_KINDS), message: string() })),
  offerMedication: array(enumOf(['opioid-use-disorder', 'alcohol-use-disorder'] as const), { max: 2 }),
  dimensions: array(
    object({
      dimension: dimensionNumber,
      rating: integer(0, 4),
      minimumLevel: enumOf(LEVEL_CODES),
      reasons: array(string()),
      /** extension */
      name: optional(string()),
      /** extension */
      reasonCodes: optional(array(message)),
      /** extension */
      rules: optional(array(string())),
    }),
    { min: 6, max: 6 },
  ),
  binding: array(dimensionNumber, { max: 6 }),
  whatWouldChange: array(string()),
  assumptions: array(string()),
  warnings: array(string()),
  scores: record(object({ total: integer(0), band: string(), flags: optional(array(string())) })),
  rulesVersion: string(),
  /** extension: the case's id, when it had one. */
  caseId: optional(string()),
  /** extension: the language of the sentences. */
  locale: optional(enumOf(LOCALES)),
  /** extension: decision-support notice. */
  notice: optional(string()),
  /** extension: every crisis that applied, most urgent first. */
  crises: optional(array(enumOf(CRISIS_KINDS))),
  /** extension: something to act on today that is not an emergency (shown after any crisis, above the level). */
  urgent: optional(nullable(object({ kind: enumOf(URGENT_KINDS), message: string() }))),
  /** extension: every urgent kind that applied, most pressing first. */
  urgents: optional(array(enumOf(URGENT_KINDS))),
  /** extension: services beside the level, each with the reasons that called for it. */
  supports: optional(
    array(object({ code: enumOf(SUPPORTS), message: string(), reasons: array(string()), reasonCodes: optional(array(message)) }), {
      max: SUPPORTS.length,
    }),
  ),
  /** extension: the codes behind the sentences. */
  codes: optional(
    object({
      whatWouldChange: array(message),
      assumptions: array(message),
      warnings: array(message),
    }),
  ),
});

export type Recommendation = Infer<typeof recommendationSchema>;

/** Whether a document is a `carelevel-recommendation/1` (the fast path: no messages built). */
export const isRecommendation = (input: unknown): input is Recommendation => recommendationSchema.valid(input);

/** Check a document against `carelevel-recommendation/1` (used by tests and by importers of stored results). */
export function validateRecommendation(input: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  recommendationSchema.check(input, [], issues);
  return issues;
}
