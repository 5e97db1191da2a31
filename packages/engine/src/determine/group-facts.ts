import {
  FACT_GROUP_NAMES,
  factsOf,
  scalePosition,
  slotsOf,
  type FactGroup,
  type FactOf,
  type Facts,
  type SCALES,
} from '../rules/fact-registry.js';
import type { CaseReading } from './case-reading.js';
import { hasClass } from './derive-use.js';

/** The postpartum year: SAMHSA's pregnant and parenting guidance follows mother and infant through it. */
const POSTPARTUM_WEEKS = 52;
/** TIP 26 and the alcohol withdrawal guideline single out older adults; TIP 26 means 65 and over. */
const OLDER_ADULT_YEARS = 65;

/** Booleans are stored as 1/0 in the facts array. */
const flag = (value: boolean): number => (value ? 1 : 0);

const pos = (scale: keyof typeof SCALES, value: string | null | undefined, fallback = 0): number =>
  value == null ? fallback : scalePosition(scale, value);

/** The groups read from the case; the ratings are the decision's own (determine.ts sets them). */
type DerivedGroup = Exclude<FactGroup, 'ratings'>;

/** A value for every fact of a group: a fact the registry lists and its group leaves out does not compile. */
type GroupValues<G extends FactGroup> = { readonly [K in FactOf<G>]: number };

/** How each group of facts is read from the case. Every group has one, or this table does not compile. */
const GROUP_FACTS: { readonly [G in DerivedGroup]: (r: CaseReading) => GroupValues<G> } = {
  population: ({ c }) => {
    const ph = c.physicalHealth;
    const adolescent = c.population === 'adolescent' || (c.ageYears != null && c.ageYears < 18);
    return {
      adolescent: flag(adolescent),
      adult: flag(!adolescent),
      olderAdult: flag(c.ageYears != null && c.ageYears >= OLDER_ADULT_YEARS),
      pregnant: flag(ph?.pregnant === true || ph?.pregnancyWeeks != null),
      postpartum: flag(ph?.postpartumWeeks != null && ph.postpartumWeeks <= POSTPARTUM_WEEKS),
      breastfeeding: flag(ph?.breastfeeding === true),
    };
  },

  use: (r) => {
    const { use, episodes } = r;
    const rp = r.c.relapsePotential;
    return {
      activeUse: flag(r.activeUse),
      disorder: r.disorder,
      activeDisorder: r.activeDisorder,
      riskyUse: flag(r.riskyUse),
      earlyRemission: flag(r.earlyRemission),
      firstMonthsDisorder: r.firstMonthsDisorder,
      firstYearDisorder: r.firstYearDisorder,
      severeNonOpioid: flag(r.severeNonOpioid),
      controlledEnvironment: flag(r.controlledEnvironment),
      priorTwentyFourHourCare: flag(episodes.priorTwentyFourHourCare),
      inTreatmentNow: flag(episodes.inTreatmentNow),
      sedativeDailyUse: flag(use.sedativeDailyUse),
      sedativeDependence: flag(hasClass(use.dependent, 'sedative')),
      secondDepressant: flag(use.dependentDepressants >= 2),
      depressantClassesNow: use.depressantsNow,
      benzodiazepineDailyUse: flag(use.benzodiazepineDailyUse),
      opioidUse: flag(use.opioidUse),
      opioidDisorder: flag(r.opioidDisorder),
      opioidDependence: flag(hasClass(use.dependent, 'opioid')),
      alcoholDisorderModerateOrSevere: flag(r.alcoholDisorderModerateOrSevere),
      injectionUse: flag(use.injectionUse),
      stimulantUse: flag(use.stimulantUse),
      tobaccoUse: flag(use.tobaccoUse),
      sedativeRecentHours: use.sedativeLastHours,
      fentanylExposure: flag(rp?.fentanylExposure === true || rp?.xylazineExposure === true),
      usesAlone: flag(rp?.usesAlone === true),
    };
  },

  withdrawal: (r) => {
    const wd = r.withdrawal;
    return {
      sedativeWithdrawal: wd.sedativeNow,
      sedativeWithdrawalExpected: wd.sedativeExpected,
      sedativeWithdrawalAhead: Math.max(wd.sedativeNow, wd.sedativeExpected),
      // A withdrawal reported with no substance named, or a CIWA-Ar with none, is treated like alcohol's.
      abruptSedativeWithdrawal: flag(r.use.abruptSedative || r.namedSubstances === 0),
      opioidWithdrawal: wd.opioidNow,
      opioidWithdrawalExpected: wd.opioidExpected,
      opioidWithdrawalAhead: Math.max(wd.opioidNow, wd.opioidExpected),
      pawss: wd.pawss,
      noDailyChecks: flag(wd.noDailyChecks),
      otherWithdrawal: wd.otherNow,
      complicatedWithdrawalHistory: wd.history,
      noMonitoringAtHome: flag(wd.noMonitoringAtHome),
      intoxication: pos('intoxication', r.c.intoxication?.current),
      overdoseSigns: flag(r.c.intoxication?.overdoseSigns === true),
      ciwaAr: wd.ciwaAr,
      cows: wd.cows,
    };
  },

  physicalHealth: ({ c }) => ({
    physical: pos('physical', c.physicalHealth?.status),
    seriousIllness: flag(c.physicalHealth?.seriousIllness === true || c.physicalHealth?.headInjury === true),
    cognitiveImpairment: flag(c.physicalHealth?.cognitiveImpairment === true),
  }),

  mentalHealth: (r) => {
    const { suicide } = r;
    const mh = r.c.mentalHealth;
    return {
      suicideRisk: suicide.risk,
      suicideScreenPositive: flag(suicide.screenPositive),
      recentAttempt: flag(suicide.recentAttempt),
      lethalMeansAccess: flag(mh?.lethalMeansAccess === true),
      harmToOthersRisk: pos('risk', mh?.harmToOthersRisk),
      psychosis: pos('psychosis', mh?.psychosis),
      functioning: pos('functioning', mh?.functioning),
      symptoms: r.symptoms,
      phq9Total: r.phq9Total,
      gad7Total: r.gad7Total,
      suicideRiskNotAssessed: flag(suicide.notAssessed),
      selfHarmThoughts: suicide.selfHarmThoughts,
      unassessedSelfHarmThoughts: suicide.unassessedSelfHarmThoughts,
      insufficientInformation: flag(r.insufficientInformation),
    };
  },

  readiness: (r) => {
    const rd = r.c.readiness;
    return {
      stage: pos('stage', rd?.stage),
      engagement: pos('engagement', rd?.engagement),
      lowImportance: flag((rd?.importance ?? r.readinessRuler) <= 3),
    };
  },

  relapse: (r) => {
    const { episodes, clock } = r;
    const rp = r.c.relapsePotential;
    return {
      cravings: pos('cravings', rp?.cravings),
      coping: pos('coping', rp?.copingSkills, 1),
      overdoseLastYear: flag(rp?.overdoseLastYear === true || (rp?.lastOverdose != null && clock.daysSince(rp.lastOverdose.on) <= 365)),
      failedOutpatient: flag(episodes.failedOutpatient),
      failedIntensive: flag(episodes.failedIntensive),
      failedResidential: flag(episodes.failedResidential),
      failedEpisodes: episodes.failedEpisodes,
      abstinenceDays: r.abstinenceDays,
      currentLevel: episodes.currentLevel,
      relapseInEpisode: flag(episodes.relapseInEpisode),
      daysSinceDischarge: episodes.daysSinceDischarge,
      dischargeForMentalHealth: flag(episodes.dischargeForMentalHealth),
      dischargeFrom24HourCare: flag(episodes.dischargeFrom24HourCare),
      crafftPositive: flag(r.bands.crafft === 'positive'),
    };
  },

  environment: ({ c }) => {
    const env = c.environment;
    return {
      housing: pos('housing', env?.housing, 1),
      support: pos('support', env?.support),
      householdUse: flag(env?.householdUse === true),
      unsafeEnvironment: flag(env?.unsafe === true),
      noTransportation: flag(env?.transportation === false),
      legalPressure: flag(env?.legalPressure === true),
      caregiving: flag(c.practical?.obligations?.includes('caregiving') === true),
    };
  },
};

/** One group's step: derive its values and write each into its slot. */
type Step = (r: CaseReading, facts: Facts) => void;

// G ties the group's derivation to its own fact names inside the body; the signature needs it only once.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function step<G extends DerivedGroup>(group: G): Step {
  const derive: (r: CaseReading) => GroupValues<G> = GROUP_FACTS[group];
  const names = factsOf(group);
  const slots = slotsOf(group);
  return (r, facts) => {
    const values = derive(r);
    for (let i = 0; i < names.length; i++) facts[slots[i]!] = values[names[i]!];
  };
}

const STEPS: { readonly [G in DerivedGroup]: Step } = {
  population: step('population'),
  use: step('use'),
  withdrawal: step('withdrawal'),
  physicalHealth: step('physicalHealth'),
  mentalHealth: step('mentalHealth'),
  readiness: step('readiness'),
  relapse: step('relapse'),
  environment: step('environment'),
};

const isDerived = (g: FactGroup): g is DerivedGroup => g !== 'ratings';
/** In the registry's order: a reading that adds an assumption (a date read as recent) adds it where it always has. */
const DERIVED_GROUPS: readonly DerivedGroup[] = FACT_GROUP_NAMES.filter(isDerived);

/** Every fact but the ratings, from the reading of a case, into a facts array. */
export function writeFacts(r: CaseReading, facts: Facts): void {
  for (const g of DERIVED_GROUPS) STEPS[g](r, facts);
}
