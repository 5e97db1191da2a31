/**
 * The vocabulary rules are written in. A fact is derived once from a case (derive-facts.ts); rules
 * only read facts, never the raw case, so the rule set reads in clinical words and a rule can be
 * checked against this registry when it loads.
 *
 * Ordered facts are stored as their position on a scale whose first entry is the best state, so
 * "worse" always means "higher". That is what lets the safety-monotonicity property hold by
 * construction: rules only ever ask "at least this bad".
 */

import { LEVEL_CODES } from '../levels/levels.js';

export const SCALES = {
  withdrawal: ['none', 'mild', 'moderate', 'severe'],
  opioidWithdrawal: ['none', 'mild', 'moderate', 'moderately-severe', 'severe'],
  disorder: ['none', 'mild', 'moderate', 'severe'],
  physical: ['none', 'stable', 'needs-monitoring', 'unstable', 'emergency'],
  risk: ['none', 'low', 'moderate', 'high', 'imminent'],
  psychosis: ['none', 'stable', 'active'],
  functioning: ['adequate', 'mild-impairment', 'moderate-impairment', 'severe-impairment', 'unable-self-care'],
  symptoms: ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'],
  stage: ['maintenance', 'action', 'preparation', 'contemplation', 'precontemplation'],
  engagement: ['engaged', 'ambivalent', 'resistant', 'refusing'],
  cravings: ['none', 'low', 'moderate', 'high'],
  coping: ['strong', 'adequate', 'limited', 'none'],
  support: ['strong', 'some', 'none', 'undermining'],
  housing: ['recovery-residence', 'stable', 'institution', 'unstable', 'homeless'],
  intoxication: ['none', 'mild', 'severe'],
  history: ['no', 'unknown', 'yes'],
  rating: ['0', '1', '2', '3', '4'],
  level: LEVEL_CODES,
} as const satisfies Record<string, readonly string[]>;

export type ScaleName = keyof typeof SCALES;

export type FactSpec = { readonly type: 'boolean' } | { readonly type: 'number' } | { readonly type: 'ordinal'; readonly scale: ScaleName };

const bool = { type: 'boolean' } as const;
const num = { type: 'number' } as const;
const ord = <S extends ScaleName>(scale: S) => ({ type: 'ordinal', scale }) as const;

/**
 * Every fact, grouped by what it is about: who the person is, their use, then the six dimensions, and
 * the ratings the dimension rules give. Each group is derived from the case by its own function
 * (determine/group-facts.ts), which must give a value for every fact of its group: a fact added here
 * without a derivation does not compile.
 */
export const FACT_GROUPS = {
  population: {
    adolescent: bool,
    adult: bool,
    /** 65 or over. */
    olderAdult: bool,
    pregnant: bool,
    /** Gave birth within the last year. */
    postpartum: bool,
    breastfeeding: bool,
  },
  use: {
    activeUse: bool,
    disorder: ord('disorder'),
    activeDisorder: ord('disorder'),
    riskyUse: bool,
    earlyRemission: bool,
    /** Severity of a disorder in its first three months without use (or abstinence kept only in an institution). */
    firstMonthsDisorder: ord('disorder'),
    /** Severity of a disorder in its first year without use (early remission). */
    firstYearDisorder: ord('disorder'),
    /** A severe disorder with a substance other than opioids, in use or in its first months without use. */
    severeNonOpioid: bool,
    controlledEnvironment: bool,
    priorTwentyFourHourCare: bool,
    /** An episode of outpatient or more intensive care is going on now. */
    inTreatmentNow: bool,
    sedativeDailyUse: bool,
    /**
     * Physical dependence on alcohol or a sedative is likely: near-daily use, not at an amount too small
     * to cause withdrawal (one or two drinks a day), and not a medicine taken as prescribed.
     */
    sedativeDependence: bool,
    /** Dependence on two depressants at once (alcohol and a sedative, or either with opioids). */
    secondDepressant: bool,
    /** Depressant classes (alcohol, benzodiazepines or sedatives, opioids) used in the last day or so. */
    depressantClassesNow: num,
    benzodiazepineDailyUse: bool,
    opioidUse: bool,
    /** An opioid use disorder (not opioids taken as prescribed without one). */
    opioidDisorder: bool,
    /** Daily opioid use that is not a medicine taken as prescribed: physical dependence to plan for. */
    opioidDependence: bool,
    alcoholDisorderModerateOrSevere: bool,
    injectionUse: bool,
    stimulantUse: bool,
    tobaccoUse: bool,
    sedativeRecentHours: num,
    /** Uses, or may be exposed to, drugs with fentanyl or xylazine. */
    fentanylExposure: bool,
    usesAlone: bool,
  },
  // Dimension 1
  withdrawal: {
    /** Alcohol or sedative withdrawal now (reported severity for the substances that cause it, or CIWA-Ar). */
    sedativeWithdrawal: ord('withdrawal'),
    /**
     * Withdrawal not started yet but expected from the pattern of use, the hours since the last drink
     * or dose and the history; none once withdrawal has started (then `sedativeWithdrawal` has it).
     */
    sedativeWithdrawalExpected: ord('withdrawal'),
    /** The higher of withdrawal now and withdrawal expected: what the withdrawal setting plans for. */
    sedativeWithdrawalAhead: ord('withdrawal'),
    /**
     * The alcohol or sedative withdrawal comes from stopping at once (alcohol, or a sedative misused
     * outside a prescription), not from a prescribed benzodiazepine tapered slowly.
     */
    abruptSedativeWithdrawal: bool,
    opioidWithdrawal: ord('opioidWithdrawal'),
    opioidWithdrawalExpected: ord('opioidWithdrawal'),
    opioidWithdrawalAhead: ord('opioidWithdrawal'),
    /** PAWSS total (NaN when not measured); 4 or more is high risk. */
    pawss: num,
    /** Withdrawal care at home needs a daily visit or check: no transport and no video or phone visits. */
    noDailyChecks: bool,
    otherWithdrawal: ord('withdrawal'),
    complicatedWithdrawalHistory: ord('history'),
    noMonitoringAtHome: bool,
    intoxication: ord('intoxication'),
    overdoseSigns: bool,
    ciwaAr: num,
    cows: num,
  },
  // Dimension 2
  physicalHealth: {
    physical: ord('physical'),
    /** A serious medical illness (or a head injury) that withdrawal or a fall would make more dangerous. */
    seriousIllness: bool,
    cognitiveImpairment: bool,
  },
  // Dimension 3
  mentalHealth: {
    /** From the suicide risk assessment when there is one; otherwise only what a screen shows as acute. */
    suicideRisk: ord('risk'),
    /** A positive suicide screen (PHQ-9 item 9, ASQ, the person's own answer, a recent attempt) with no assessment yet. */
    suicideScreenPositive: bool,
    /** A suicide attempt (or an intentional overdose) in the last three months. */
    recentAttempt: bool,
    lethalMeansAccess: bool,
    harmToOthersRisk: ord('risk'),
    psychosis: ord('psychosis'),
    functioning: ord('functioning'),
    symptoms: ord('symptoms'),
    phq9Total: num,
    gad7Total: num,
    suicideRiskNotAssessed: bool,
    /** PHQ-9 item 9: 0 not at all … 3 nearly every day. */
    selfHarmThoughts: num,
    /** PHQ-9 item 9 when no suicide risk assessment is in the case (0 otherwise). */
    unassessedSelfHarmThoughts: num,
    insufficientInformation: bool,
  },
  // Dimension 4
  readiness: {
    stage: ord('stage'),
    engagement: ord('engagement'),
    lowImportance: bool,
  },
  // Dimension 5
  relapse: {
    cravings: ord('cravings'),
    coping: ord('coping'),
    overdoseLastYear: bool,
    failedOutpatient: bool,
    failedIntensive: bool,
    failedResidential: bool,
    failedEpisodes: num,
    abstinenceDays: num,
    /** The level of care the person is in now (unknown when not in treatment). */
    currentLevel: ord('level'),
    /** Use during the current episode of care: a relapse in treatment. */
    relapseInEpisode: bool,
    /** Days since leaving hospital, 24-hour, crisis or emergency care (unknown when none). */
    daysSinceDischarge: num,
    /** That stay was for suicide risk, harm to others or another mental-health crisis. */
    dischargeForMentalHealth: bool,
    /** That stay was in 24-hour or hospital care for substance use (withdrawal, overdose, treatment). */
    dischargeFrom24HourCare: bool,
    crafftPositive: bool,
  },
  // Dimension 6
  environment: {
    housing: ord('housing'),
    support: ord('support'),
    householdUse: bool,
    unsafeEnvironment: bool,
    noTransportation: bool,
    legalPressure: bool,
    caregiving: bool,
  },
  // Ratings from the dimension rules, available to combination rules.
  ratings: {
    d1: ord('rating'),
    d2: ord('rating'),
    d3: ord('rating'),
    d4: ord('rating'),
    d5: ord('rating'),
    d6: ord('rating'),
  },
} as const satisfies Record<string, Record<string, FactSpec>>;

export type FactGroup = keyof typeof FACT_GROUPS;
/** The facts of one group. */
export type FactOf<G extends FactGroup> = keyof (typeof FACT_GROUPS)[G] & string;
export type FactName = { readonly [G in FactGroup]: FactOf<G> }[FactGroup];

/** An object's own keys with their type (Object.keys types them only as strings). */
const keysOf = <T extends object>(o: T): (keyof T & string)[] => Object.keys(o) as (keyof T & string)[];

export const FACT_GROUP_NAMES: readonly FactGroup[] = keysOf(FACT_GROUPS);

/** The facts of a group, in the registry's order. */
export const factsOf = <G extends FactGroup>(group: G): FactOf<G>[] => keysOf(FACT_GROUPS[group]);

/** Every fact, group after group: the order of the slots in a `Facts` array. */
export const FACT_NAMES: readonly FactName[] = FACT_GROUP_NAMES.flatMap((g) => factsOf(g));

export const FACT_SPECS: Readonly<Record<FactName, FactSpec>> = Object.fromEntries(
  FACT_GROUP_NAMES.flatMap((g) => Object.entries(FACT_GROUPS[g])),
) as Record<FactName, FactSpec>;

/** Each fact's slot in a `Facts` array. */
export const F: Readonly<Record<FactName, number>> = Object.fromEntries(FACT_NAMES.map((name, i) => [name, i])) as Record<FactName, number>;

/** The slots of a group's facts, in the group's order. */
export const slotsOf = (group: FactGroup): number[] => factsOf(group).map((name) => F[name]);

/**
 * Facts as the rule evaluator sees them: one number per fact, at the fact's slot in `F`. Booleans
 * are 1/0, ordinals their scale position, unknown numbers NaN. A flat array keeps every condition a
 * single indexed read, which is what lets the engine decide a case in a few microseconds.
 */
export type Facts = Float64Array;

export function newFacts(): Facts {
  return new Float64Array(FACT_NAMES.length);
}

/** The facts as a plain object with scale words, for explanations and debugging. */
export function factsAsObject(facts: Facts): Record<FactName, string | number | boolean> {
  return Object.fromEntries(FACT_NAMES.map((name, i) => [name, factDisplay(name, facts[i] ?? Number.NaN)])) as Record<
    FactName,
    string | number | boolean
  >;
}

export function scalePosition(scale: ScaleName, value: string): number {
  const words: readonly string[] = SCALES[scale];
  return words.indexOf(value);
}

/** The scale word for an ordinal fact's value, for showing facts in reasons. */
export function factDisplay(name: FactName, value: number): string | number | boolean {
  const spec: FactSpec = FACT_SPECS[name];
  if (spec.type === 'ordinal') return SCALES[spec.scale][value] ?? value;
  if (spec.type === 'boolean') return value === 1;
  return value;
}
