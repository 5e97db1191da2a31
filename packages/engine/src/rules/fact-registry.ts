/**
 * The vocabulary rules are written in. A fact is derived once from a case (derive-facts.ts); rules
 * only read facts, never the raw case, so the rule set reads in clinical words and a rule can be
 * checked against this registry when it loads.
 *
 * Ordered facts are stored as their position on a scale whose first entry is the best state, so
 * "worse" always means "higher". That is what lets the safety-monotonicity property hold by
 * construction: rules only ever ask "at least this bad".
 */

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
} as const satisfies Record<string, readonly string[]>;

export type ScaleName = keyof typeof SCALES;

export type FactSpec = { readonly type: 'boolean' } | { readonly type: 'number' } | { readonly type: 'ordinal'; readonly scale: ScaleName };

const bool = { type: 'boolean' } as const;
const num = { type: 'number' } as const;
const ord = <S extends ScaleName>(scale: S) => ({ type: 'ordinal', scale }) as const;

export const FACT_SPECS = {
  // Population
  adolescent: bool,
  adult: bool,
  olderAdult: bool,
  pregnant: bool,

  // Use
  activeUse: bool,
  disorder: ord('disorder'),
  activeDisorder: ord('disorder'),
  riskyUse: bool,
  earlyRemission: bool,
  /** Severity of a disorder in its first three months without use (or abstinence kept only in an institution). */
  firstMonthsDisorder: ord('disorder'),
  /** A severe disorder with a substance other than opioids, in use or in its first months without use. */
  severeNonOpioid: bool,
  controlledEnvironment: bool,
  priorTwentyFourHourCare: bool,
  /** An episode of outpatient or more intensive care is going on now. */
  inTreatmentNow: bool,
  sedativeDailyUse: bool,
  benzodiazepineDailyUse: bool,
  opioidUse: bool,
  opioidDisorder: bool,
  alcoholDisorderModerateOrSevere: bool,
  injectionUse: bool,
  stimulantUse: bool,
  sedativeRecentHours: num,

  // Dimension 1
  sedativeWithdrawal: ord('withdrawal'),
  opioidWithdrawal: ord('opioidWithdrawal'),
  otherWithdrawal: ord('withdrawal'),
  complicatedWithdrawalHistory: ord('history'),
  noMonitoringAtHome: bool,
  intoxication: ord('intoxication'),
  overdoseSigns: bool,
  ciwaAr: num,
  cows: num,

  // Dimension 2
  physical: ord('physical'),

  // Dimension 3
  suicideRisk: ord('risk'),
  harmToOthersRisk: ord('risk'),
  psychosis: ord('psychosis'),
  functioning: ord('functioning'),
  symptoms: ord('symptoms'),
  phq9Total: num,
  gad7Total: num,
  suicideRiskNotAssessed: bool,
  /** PHQ-9 item 9: 0 not at all … 3 nearly every day. */
  selfHarmThoughts: num,
  insufficientInformation: bool,

  // Dimension 4
  stage: ord('stage'),
  engagement: ord('engagement'),
  lowImportance: bool,

  // Dimension 5
  cravings: ord('cravings'),
  coping: ord('coping'),
  overdoseLastYear: bool,
  failedOutpatient: bool,
  failedIntensive: bool,
  failedResidential: bool,
  failedEpisodes: num,
  abstinenceDays: num,

  // Dimension 6
  housing: ord('housing'),
  support: ord('support'),
  householdUse: bool,
  unsafeEnvironment: bool,
  noTransportation: bool,
  legalPressure: bool,

  // Ratings from the dimension rules, available to combination rules.
  d1: ord('rating'),
  d2: ord('rating'),
  d3: ord('rating'),
  d4: ord('rating'),
  d5: ord('rating'),
  d6: ord('rating'),
} as const satisfies Record<string, FactSpec>;

export type FactName = keyof typeof FACT_SPECS;

export const FACT_NAMES = Object.keys(FACT_SPECS) as FactName[];

/** Each fact's slot in a `Facts` array. */
export const F: Readonly<Record<FactName, number>> = Object.fromEntries(FACT_NAMES.map((name, i) => [name, i])) as Record<FactName, number>;

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
  return Object.fromEntries(FACT_NAMES.map((name, i) => [name, factDisplay(name, facts[i] as number)])) as Record<
    FactName,
    string | number | boolean
  >;
}

export function scalePosition(scale: ScaleName, value: string): number {
  return (SCALES[scale] as readonly string[]).indexOf(value);
}

/** The scale word for an ordinal fact's value, for showing facts in reasons. */
export function factDisplay(name: FactName, value: number): string | number | boolean {
  const spec: FactSpec = FACT_SPECS[name];
  if (spec.type === 'ordinal') return SCALES[spec.scale][value] ?? value;
  if (spec.type === 'boolean') return value === 1;
  return value;
}
