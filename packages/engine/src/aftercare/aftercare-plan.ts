import { array, enumOf, integer, literal, object, optional, string, type FieldIssue, type Infer } from '../case/schema-builder.js';

/**
 * `carelevel-aftercare/1`: the plan a person keeps when treatment ends. The staff
 * workspace builds it, the server stores it, and the person gets a plain-language copy.
 */
export const AFTERCARE_FORMAT = 'carelevel-aftercare/1';

export const AFTERCARE_COMPONENTS = [
  'individual-therapy',
  'support-groups',
  'recovery-residence',
  'medication-management',
  'life-skills',
  'peer-recovery-coach',
  'family-support',
  'primary-care',
  'housing-help',
] as const;
export type AftercareComponent = (typeof AFTERCARE_COMPONENTS)[number];

const text = (max = 500) => string({ maxLength: max });

const contact = object({
  name: text(200),
  relationship: optional(text(100)),
  phone: optional(string({ pattern: /^[0-9+()\-. ]{3,30}$/, patternText: 'a phone number', maxLength: 30 })),
});

export const aftercarePlanSchema = object({
  format: literal(AFTERCARE_FORMAT),
  /** Planned services, each with why it is in the plan and, where found, a program from the directory. */
  components: array(
    object({
      kind: enumOf(AFTERCARE_COMPONENTS),
      details: optional(text(1000)),
      programId: optional(text(100)),
      programName: optional(text(300)),
      frequency: optional(text(200)),
      reason: optional(text(100)),
    }),
    { max: 30 },
  ),
  relapsePrevention: object({
    triggers: array(text(300), { max: 30 }),
    copingSteps: array(text(300), { max: 30 }),
    peopleToCall: array(contact, { max: 20 }),
    warningSigns: optional(array(text(300), { max: 30 })),
  }),
  crisisPlan: object({
    /** 988 and 911 are always part of it; these are the person's own additions. */
    steps: array(text(300), { max: 20 }),
    contacts: array(contact, { max: 20 }),
    safePlaces: optional(array(text(300), { max: 10 })),
  }),
  followUpDays: optional(integer(1, 365)),
  language: optional(enumOf(['en', 'es'] as const)),
});

export type AftercarePlan = Infer<typeof aftercarePlanSchema>;

/** Whether a document is a `carelevel-aftercare/1` plan (the fast path: no messages built). */
export const isAftercarePlan = (input: unknown): input is AftercarePlan => aftercarePlanSchema.valid(input);

/** Check a plan, reporting every problem with its path (same rules as the case validator). */
export function validateAftercarePlan(input: unknown): FieldIssue[] {
  if (aftercarePlanSchema.valid(input)) return [];
  const issues: FieldIssue[] = [];
  aftercarePlanSchema.check(input, [], issues);
  return issues;
}
