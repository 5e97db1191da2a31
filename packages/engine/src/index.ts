// @carelevel/engine — pure level-of-care decision logic. No I/O; runs unchanged in a browser.
export * from './levels/levels.js';
export * from './levels/variance.js';
export * from './case/case-schema.js';
export type { FieldIssue, JsonSchema } from './case/schema-builder.js';
export { fieldPathText, type FieldPath } from './case/field-path.js';
export { validateCase, isCareCase, formatIssues, type CaseValidation } from './case/validate-case.js';
export * from './instruments/instrument-types.js';
export { INSTRUMENTS, INSTRUMENT_BY_KEY } from './instruments/definitions.js';
export { scoreInstrument, bandForTotal, maxTotal } from './instruments/score.js';
export type { Message } from './determine/message.js';
export type { Decision, DimensionDecision } from './determine/decision.js';
export { determine, compileRuleSet, type CompiledRuleSet } from './determine/determine.js';
export { RULE_SET, RULES_VERSION } from './rules/rule-set.js';
export * from './rules/rule-types.js';
export { FACT_SPECS, SCALES, type FactName, type Facts } from './rules/fact-registry.js';
export * from './recommendation/recommendation-schema.js';
export { render, recommend, pickLocale, LOCALE_MESSAGES, type AssessOptions } from './recommendation/render.js';
export { assess, type AssessResult } from './recommendation/assess.js';
export { LOCALES, type Locale, type LocaleMessages } from './locales/locale-types.js';
export { formatMessage, fillTemplate, localDate } from './locales/format-message.js';
export { caseSchema as caseJsonSchemaSource } from './case/case-schema.js';
export { describeCondition, ruleCatalogue } from './rules/describe-rules.js';
export { transition, type Transition, type TransitionInput, type DimensionChange } from './transitions/transition.js';
export { TRANSITION_RULES, TRANSITION_ACTIONS, type TransitionAction, type TransitionRule } from './transitions/transition-rules.js';
export {
  AFTERCARE_FORMAT,
  AFTERCARE_COMPONENTS,
  aftercarePlanSchema,
  validateAftercarePlan,
  isAftercarePlan,
  type AftercarePlan,
  type AftercareComponent,
} from './aftercare/aftercare-plan.js';
export { aftercareTemplate } from './aftercare/aftercare-template.js';
