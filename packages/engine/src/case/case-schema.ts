import { LEVEL_CODES } from '../levels/levels.js';
import { INSTRUMENTS } from '../instruments/definitions.js';
import type { InstrumentDefinition } from '../instruments/instrument-types.js';
import { maxTotal } from '../instruments/score.js';
import {
  array,
  boolean,
  calendarDate,
  enumOf,
  integer,
  literal,
  number,
  object,
  oneOfNumbers,
  optional,
  string,
  type Infer,
  type Schema,
} from './schema-builder.js';

/**
 * `carelevel-case/1` (docs/case-format-extensions.md for what carelevel added). Every field is optional except `format`.
 * Fields added by carelevel beyond the published page are marked "extension"; they are optional so
 * every document written to the page stays valid.
 */

export const CASE_FORMAT = 'carelevel-case/1';

export const SUBSTANCES = [
  'alcohol',
  'opioids',
  'benzodiazepines',
  'sedatives',
  'stimulants',
  'cannabis',
  'hallucinogens',
  'inhalants',
  'tobacco',
  'other',
] as const;
export const ROUTES = ['oral', 'smoked', 'snorted', 'injected', 'other'] as const;
export const DISORDER_SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;
export const WITHDRAWAL_SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;
export const PHYSICAL_STATUSES = ['none', 'stable', 'needs-monitoring', 'unstable', 'emergency'] as const;
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export const PSYCHOSIS = ['none', 'stable', 'active'] as const;
export const FUNCTIONING = ['adequate', 'mild-impairment', 'moderate-impairment', 'severe-impairment', 'unable-self-care'] as const;
export const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance'] as const;
export const ENGAGEMENT = ['engaged', 'ambivalent', 'resistant', 'refusing'] as const;
export const CRAVINGS = ['none', 'low', 'moderate', 'high'] as const;
export const COPING = ['strong', 'adequate', 'limited', 'none'] as const;
export const EPISODE_OUTCOMES = [
  'completed-sustained',
  'completed-relapsed',
  'left-early',
  'ongoing',
  // A move between levels, not an ending (docs/case-format-extensions.md).
  'stepped-down',
  'stepped-up',
  'transferred',
] as const;
export const HOUSING = ['stable', 'unstable', 'homeless', 'recovery-residence', 'institution'] as const;
export const SUPPORT = ['strong', 'some', 'none', 'undermining'] as const;
export const OBLIGATIONS = ['work-full-time', 'work-part-time', 'school', 'caregiving'] as const;
export const COVERAGE = ['private', 'medicaid', 'medicare', 'military', 'va', 'state-funded', 'none', 'unknown'] as const;
export const PREFERENCES = ['outpatient', 'residential', 'no-preference'] as const;
export const SCHEDULE_WINDOWS = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export const INTOXICATION = ['none', 'mild', 'severe'] as const;
export const SEXES = ['female', 'male', 'other'] as const;
export const SUICIDAL_THOUGHTS = ['none', 'past', 'recent', 'plan'] as const;
/** Where a recent stay ended: a level, or crisis and emergency care, which are not levels. */
export const DISCHARGE_SETTINGS = [...LEVEL_CODES, 'crisis-stabilization', 'emergency-department'] as const;
export const DISCHARGE_REASONS = [
  'suicide-risk',
  'harm-to-others',
  'mental-health',
  'withdrawal',
  'overdose',
  'substance-use',
  'medical',
] as const;

const freeText = array(string({ maxLength: 500 }), { max: 50 });

function instrumentItems(def: InstrumentDefinition): Schema<number[]> {
  const n = def.items.length;
  const min = def.minItems ?? n;
  const valueSets = def.items.map((item) => {
    const vs = item.values;
    const contiguous = vs.every((v, i) => v === (vs[0] ?? 0) + i);
    return contiguous ? integer(vs[0] ?? 0, vs[vs.length - 1] ?? 0) : oneOfNumbers(vs);
  });
  const shape = array(integer(0), { min, max: n });
  // Each position has its own allowed values (CIWA-Ar orientation 0..4, COWS pulse 0/1/2/4, ...).
  return {
    ...shape,
    valid(value) {
      if (!Array.isArray(value) || value.length < min || value.length > n) return false;
      for (let i = 0; i < value.length; i++) if (!(valueSets[i] as Schema<number>).valid(value[i])) return false;
      return true;
    },
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        shape.check(value, path, issues);
        return;
      }
      if (value.length < min || value.length > n) {
        issues.push({ path, message: `${min === n ? `must have ${n} items` : `must have ${min} to ${n} items`}, got ${value.length}` });
      }
      const upto = Math.min(value.length, n);
      for (let i = 0; i < upto; i++) (valueSets[i] as Schema<number>).check(value[i], [...path, i], issues);
    },
    jsonSchema: () => ({
      type: 'array',
      minItems: min,
      maxItems: n,
      prefixItems: valueSets.map((v) => v.jsonSchema()),
    }),
  };
}

const instrumentsShape = Object.fromEntries(INSTRUMENTS.map((def) => [def.key, optional(instrumentItems(def))])) as Record<
  string,
  Schema<number[] | undefined>
>;

const totalMax = (key: string): number => maxTotal(INSTRUMENTS.find((d) => d.key === key) as InstrumentDefinition);
const ciwaMax = totalMax('ciwaAr');
const cowsMax = totalMax('cows');
const pawssMax = totalMax('pawss');

export const substanceSchema = object({
  name: enumOf(SUBSTANCES),
  daysUsedLast30: optional(integer(0, 30)),
  route: optional(enumOf(ROUTES)),
  hoursSinceLastUse: optional(number({ min: 0 })),
  disorderSeverity: optional(enumOf(DISORDER_SEVERITIES)),
  /** extension: taken as prescribed to the person (including methadone or buprenorphine treatment). */
  prescribed: optional(boolean()),
  /** extension: on a day of use, standard drinks for alcohol, doses for anything else. */
  amountPerDay: optional(number({ min: 0, max: 1000 })),
});

export const priorEpisodeSchema = object({
  level: enumOf(LEVEL_CODES),
  outcome: enumOf(EPISODE_OUTCOMES),
});

export const caseSchema = object({
  format: literal(CASE_FORMAT),
  id: optional(string({ maxLength: 200 })),
  population: optional(enumOf(['adult', 'adolescent'] as const)),
  ageYears: optional(integer(0, 120)),
  /** extension: used for AUDIT-C's sex-specific cut-off. */
  sex: optional(enumOf(SEXES)),
  /** extension: the day the case describes; every other date is read against it. */
  assessedOn: optional(calendarDate()),
  /** extension: the level of care the person is in now. */
  currentEpisode: optional(object({ level: enumOf(LEVEL_CODES), startedOn: optional(calendarDate()) })),
  /** extension: the last stay in 24-hour, hospital, crisis or emergency care that ended. */
  recentDischarge: optional(
    object({ fromLevel: enumOf(DISCHARGE_SETTINGS), on: calendarDate(), reason: optional(enumOf(DISCHARGE_REASONS)) }),
  ),
  primaryConcern: optional(enumOf(['substance-use', 'mental-health', 'co-occurring'] as const)),
  substances: optional(array(substanceSchema, { max: 20 })),
  /** extension: intoxication now, and signs of an overdose happening now. */
  intoxication: optional(
    object({
      current: optional(enumOf(INTOXICATION)),
      overdoseSigns: optional(boolean()),
    }),
  ),
  withdrawal: optional(
    object({
      current: optional(enumOf(WITHDRAWAL_SEVERITIES)),
      ciwaAr: optional(integer(0, ciwaMax)),
      cows: optional(integer(0, cowsMax)),
      historySeizures: optional(boolean()),
      historyDelirium: optional(boolean()),
      monitoringAtHome: optional(boolean()),
      /** extension: PAWSS total, if measured. */
      pawss: optional(integer(0, pawssMax)),
    }),
  ),
  physicalHealth: optional(
    object({
      status: optional(enumOf(PHYSICAL_STATUSES)),
      pregnant: optional(boolean()),
      conditions: optional(freeText),
      /** extension */
      pregnancyWeeks: optional(integer(0, 45)),
      /** extension: weeks since giving birth. */
      postpartumWeeks: optional(integer(0, 104)),
      /** extension */
      breastfeeding: optional(boolean()),
      /** extension: a serious illness that withdrawal or a fall would make more dangerous. */
      seriousIllness: optional(boolean()),
      /** extension */
      cognitiveImpairment: optional(boolean()),
      /** extension */
      headInjury: optional(boolean()),
    }),
  ),
  mentalHealth: optional(
    object({
      suicideRisk: optional(enumOf(RISK_LEVELS)),
      harmToOthersRisk: optional(enumOf(RISK_LEVELS)),
      psychosis: optional(enumOf(PSYCHOSIS)),
      functioning: optional(enumOf(FUNCTIONING)),
      conditions: optional(freeText),
      /** extension: the person's own answer about suicidal thoughts, a screen, not an assessment. */
      suicidalThoughts: optional(enumOf(SUICIDAL_THOUGHTS)),
      /** extension */
      lastSuicideAttemptOn: optional(calendarDate()),
      /** extension */
      lethalMeansAccess: optional(boolean()),
    }),
  ),
  readiness: optional(
    object({
      stage: optional(enumOf(STAGES)),
      importance: optional(integer(0, 10)),
      engagement: optional(enumOf(ENGAGEMENT)),
    }),
  ),
  relapsePotential: optional(
    object({
      cravings: optional(enumOf(CRAVINGS)),
      copingSkills: optional(enumOf(COPING)),
      longestRecentAbstinenceDays: optional(integer(0)),
      overdoseLastYear: optional(boolean()),
      priorEpisodes: optional(array(priorEpisodeSchema, { max: 50 })),
      /** extension */
      lastOverdose: optional(object({ on: calendarDate(), intentional: optional(boolean()) })),
      /** extension */
      usesAlone: optional(boolean()),
      /** extension */
      fentanylExposure: optional(boolean()),
      /** extension */
      xylazineExposure: optional(boolean()),
    }),
  ),
  environment: optional(
    object({
      housing: optional(enumOf(HOUSING)),
      householdUse: optional(boolean()),
      unsafe: optional(boolean()),
      support: optional(enumOf(SUPPORT)),
      transportation: optional(boolean()),
      legalPressure: optional(boolean()),
    }),
  ),
  practical: optional(
    object({
      obligations: optional(array(enumOf(OBLIGATIONS), { max: 4 })),
      canPauseObligations: optional(boolean()),
      coverage: optional(enumOf(COVERAGE)),
      preference: optional(enumOf(PREFERENCES)),
      scheduleWindows: optional(array(enumOf(SCHEDULE_WINDOWS), { max: 4 })),
      zip: optional(string({ pattern: /^\d{5}$/, patternText: 'a 5-digit ZIP code', maxLength: 5 })),
      language: optional(
        string({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, patternText: 'a language tag such as "en" or "es"', maxLength: 35 }),
      ),
      /** extension: can take part in video or phone visits. */
      telehealth: optional(boolean()),
    }),
  ),
  instruments: optional(object(instrumentsShape)),
});

type CaseShape = Infer<typeof caseSchema>;

/** A validated `carelevel-case/1` document. */
export type CareCase = CaseShape & {
  instruments?: Partial<Record<string, number[]>> & {
    phq9?: number[];
    phq2?: number[];
    gad7?: number[];
    auditC?: number[];
    audit?: number[];
    dast10?: number[];
    ciwaAr?: number[];
    cows?: number[];
    pawss?: number[];
    asq?: number[];
    crafft?: number[];
    readinessRuler?: number[];
  };
};
export type Substance = Infer<typeof substanceSchema>;
export type SubstanceName = (typeof SUBSTANCES)[number];
