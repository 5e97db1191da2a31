import type { CareCase } from '../case/case-schema.js';
import { INSTRUMENTS } from '../instruments/definitions.js';
import type { InstrumentScore } from '../instruments/instrument-types.js';
import { scoreInstrument } from '../instruments/score.js';
import type { SCALES } from '../rules/fact-registry.js';
import { F, newFacts, scalePosition, type Facts } from '../rules/fact-registry.js';
import { caseClock } from './case-dates.js';
import { deriveEpisodes } from './derive-episode.js';
import { deriveSuicideRisk } from './derive-suicide-risk.js';
import { deriveUse, hasClass } from './derive-use.js';
import { deriveWithdrawal } from './derive-withdrawal.js';
import type { Message } from './message.js';

export interface Derived {
  readonly facts: Facts;
  readonly scores: Record<string, InstrumentScore>;
  readonly assumptions: Message[];
  readonly warnings: Message[];
}

/** DSM-5 early remission begins at 3 months without criteria; before it relapse risk is highest. */
const FIRST_MONTHS_DAYS = 90;
/** DSM-5 early remission runs to 12 months; continuing care through the first year protects it. */
const FIRST_YEAR_DAYS = 365;
/** The postpartum year: SAMHSA's pregnant and parenting guidance follows mother and infant through it. */
const POSTPARTUM_WEEKS = 52;
/** TIP 26 and the alcohol withdrawal guideline single out older adults; TIP 26 means 65 and over. */
const OLDER_ADULT_YEARS = 65;

/** Booleans are stored as 1/0 in the facts array. */
const flag = (value: boolean): number => (value ? 1 : 0);

const pos = (scale: keyof typeof SCALES, value: string | undefined, fallback = 0): number =>
  value == null ? fallback : scalePosition(scale, value);

/** PHQ-9 and GAD-7 bands placed on one symptom scale (GAD-7 "severe" sits with PHQ-9 "moderately severe"). */
const SYMPTOM_FROM_BAND: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  phq9: { minimal: 0, mild: 1, moderate: 2, 'moderately-severe': 3, severe: 4 },
  gad7: { minimal: 0, mild: 1, moderate: 2, severe: 3 },
  phq2: { negative: 0, positive: 1 },
};

/** Totals a case may carry beside (or instead of) an instrument's items, by the instrument's `totalField`. */
function givenTotal(c: CareCase, field: string): number | undefined {
  const [section, key] = field.split('.') as [string, string];
  const value = (c as unknown as Record<string, Record<string, unknown> | undefined>)[section]?.[key];
  return typeof value === 'number' ? value : undefined;
}

/**
 * Turn a validated case into the facts the rules read, scoring instruments on the way and writing
 * down every assumption made about a missing answer. Missing answers are filled toward safety
 * where safety depends on them (withdrawal), and toward "not raising" elsewhere, always recorded.
 */
export function deriveFacts(c: CareCase, into?: Facts): Derived {
  const assumptions: Message[] = [];
  const warnings: Message[] = [];
  const scores: Record<string, InstrumentScore> = {};
  const clock = caseClock(c, assumptions, warnings);

  // ── Instruments ────────────────────────────────────────────────────────────────────────────
  const instruments = c.instruments;
  const totals = {
    ciwaAr: c.withdrawal?.ciwaAr ?? Number.NaN,
    cows: c.withdrawal?.cows ?? Number.NaN,
    pawss: c.withdrawal?.pawss ?? Number.NaN,
  };
  const bands: Record<string, string> = {};
  let symptoms = 0;
  let phq9Total = Number.NaN;
  let gad7Total = Number.NaN;
  let phq9Item9 = Number.NaN;
  let readinessRuler = Number.NaN;
  if (instruments) {
    for (const def of INSTRUMENTS) {
      const answers = instruments[def.key];
      if (answers == null) continue;
      const s = scoreInstrument(def, answers, c.sex ?? undefined);
      scores[def.key] = s;
      bands[def.key] = s.band;
      const sym = SYMPTOM_FROM_BAND[def.key]?.[s.band];
      if (sym !== undefined && sym > symptoms) symptoms = sym;
      if (s.flags) for (const f of s.flags) warnings.push({ code: f, facts: { total: s.total } });
      if (def.totalField) {
        const given = givenTotal(c, def.totalField);
        if (given != null && given !== s.total) {
          warnings.push({ code: 'instrument-total-mismatch', facts: { instrument: def.name, given, computed: s.total } });
        }
        // The items win over a total given beside them.
        if (def.key in totals) totals[def.key as keyof typeof totals] = s.total;
      }
      if (def.key === 'phq9') {
        phq9Total = s.total;
        phq9Item9 = answers[8] ?? 0;
      } else if (def.key === 'gad7') gad7Total = s.total;
      else if (def.key === 'readinessRuler') readinessRuler = s.total;
    }
  }
  const auditBand = bands.audit ?? '';
  const dastBand = bands.dast10 ?? '';

  // ── Substances ─────────────────────────────────────────────────────────────────────────────
  const use = deriveUse(c, assumptions);
  let namedSubstances = 0;
  for (const s of c.substances ?? []) if (s.name !== 'tobacco') namedSubstances++;
  let { activeUse, disorder, activeDisorder } = use;
  let opioidDisorder = use.opioidDisorder;
  if (c.relapsePotential?.overdoseLastYear && !hasClass(use.used, 'opioid') && namedSubstances === 0) {
    // An overdose with no substance named: assume opioids were involved, the common case.
    opioidDisorder = true;
  }
  // Risky use without a disorder: positive alcohol or drug screens, or use reported without severity.
  // Any band at or above the first risky one counts: a worse screen must never count for less.
  const riskyUse =
    activeUse ||
    (bands.auditC !== undefined && bands.auditC !== 'negative') ||
    (auditBand !== '' && auditBand !== 'low-risk') ||
    (dastBand !== '' && dastBand !== 'none') ||
    bands.crafft === 'positive';
  // Screens that point to a disorder when no severity was given.
  if (namedSubstances === 0) {
    if (auditBand === 'possible-dependence' || dastBand === 'substantial' || dastBand === 'severe') {
      disorder = Math.max(disorder, 2);
      activeDisorder = Math.max(activeDisorder, 2);
      activeUse = true;
      assumptions.push({ code: 'disorder-severity-from-screen' });
    } else if (auditBand === 'harmful' || dastBand === 'moderate') {
      disorder = Math.max(disorder, 1);
      activeDisorder = Math.max(activeDisorder, 1);
      activeUse = true;
      assumptions.push({ code: 'disorder-severity-from-screen' });
    }
  }

  const rp = c.relapsePotential;
  let abstinenceDays = rp?.longestRecentAbstinenceDays ?? Number.NaN;
  // Remission: a disorder whose substance is not in current use. The first three months carry the
  // highest relapse risk; the first year is still early remission. Abstinence kept in an institution
  // (jail, hospital) does not show what happens back home, so it counts as the first months.
  const controlledEnvironment = c.environment?.housing === 'institution';
  const remitted = use.remittedDisorder;
  let firstMonthsDisorder = 0;
  let firstYearDisorder = 0;
  if (remitted >= 1) {
    if (controlledEnvironment) {
      firstMonthsDisorder = remitted;
      assumptions.push({ code: 'abstinence-in-controlled-environment' });
    } else if (Number.isNaN(abstinenceDays)) {
      firstMonthsDisorder = remitted;
      assumptions.push({ code: 'abstinence-unknown-treated-as-early' });
    } else if (abstinenceDays < FIRST_MONTHS_DAYS) {
      firstMonthsDisorder = remitted;
    }
    if (firstMonthsDisorder > 0 || abstinenceDays < FIRST_YEAR_DAYS) firstYearDisorder = remitted;
  }
  const earlyRemission = firstYearDisorder >= 1;
  // A severe non-opioid disorder in use or in its first months: office-based medication is not the answer.
  const severeNonOpioid = use.severeNonOpioidActive || (use.severeNonOpioidRemitted && firstMonthsDisorder >= 1);
  if (activeUse && Number.isNaN(abstinenceDays)) abstinenceDays = 0;
  // Medication for alcohol use disorder is offered while drinking or in early recovery, not years on.
  const alcoholDisorderModerateOrSevere = use.alcoholSeverityModerateOrSevere && (activeUse || earlyRemission);

  const episodes = deriveEpisodes(c, clock);

  // ── Dimension 1 ────────────────────────────────────────────────────────────────────────────
  const wd = deriveWithdrawal(c, use, totals, assumptions);

  // ── Dimension 3 ────────────────────────────────────────────────────────────────────────────
  const mh = c.mentalHealth;
  const mhConcern =
    c.primaryConcern === 'mental-health' || c.primaryConcern === 'co-occurring' || symptoms >= 2 || use.stimulantUse || activeDisorder >= 2;
  const suicide = deriveSuicideRisk(c, { phq9Item9, asqBand: bands.asq ?? '' }, mhConcern, clock, warnings, assumptions);

  // Nothing known about use or mental health: the engine cannot place anyone safely below an assessment visit.
  const insufficientInformation =
    namedSubstances === 0 &&
    c.withdrawal == null &&
    c.mentalHealth == null &&
    c.relapsePotential == null &&
    c.intoxication == null &&
    c.currentEpisode == null &&
    c.recentDischarge == null &&
    Object.keys(scores).length === 0 &&
    (c.substances ?? []).length === 0;
  if (insufficientInformation) assumptions.push({ code: 'insufficient-information' });

  // ── Dimension 4 ────────────────────────────────────────────────────────────────────────────
  const rd = c.readiness;
  const importance = rd?.importance ?? readinessRuler;
  const lowImportance = importance <= 3;

  // ── Dimension 6 ────────────────────────────────────────────────────────────────────────────
  const env = c.environment;
  const ph = c.physicalHealth;
  const adolescent = c.population === 'adolescent' || (c.ageYears != null && c.ageYears < 18);

  const facts = into ? into.fill(0) : newFacts();
  facts[F.adolescent] = flag(adolescent);
  facts[F.adult] = flag(!adolescent);
  facts[F.olderAdult] = flag(c.ageYears != null && c.ageYears >= OLDER_ADULT_YEARS);
  facts[F.pregnant] = flag(ph?.pregnant === true || ph?.pregnancyWeeks != null);
  facts[F.postpartum] = flag(ph?.postpartumWeeks != null && ph.postpartumWeeks <= POSTPARTUM_WEEKS);
  facts[F.breastfeeding] = flag(ph?.breastfeeding === true);

  facts[F.activeUse] = flag(activeUse);
  facts[F.disorder] = disorder;
  facts[F.activeDisorder] = activeDisorder;
  facts[F.riskyUse] = flag(riskyUse);
  facts[F.earlyRemission] = flag(earlyRemission);
  facts[F.firstMonthsDisorder] = firstMonthsDisorder;
  facts[F.firstYearDisorder] = firstYearDisorder;
  facts[F.severeNonOpioid] = flag(severeNonOpioid);
  facts[F.controlledEnvironment] = flag(controlledEnvironment);
  facts[F.priorTwentyFourHourCare] = flag(episodes.priorTwentyFourHourCare);
  facts[F.inTreatmentNow] = flag(episodes.inTreatmentNow);
  facts[F.sedativeDailyUse] = flag(use.sedativeDailyUse);
  facts[F.sedativeDependence] = flag(hasClass(use.dependent, 'sedative'));
  facts[F.secondDepressant] = flag(use.dependentDepressants >= 2);
  facts[F.depressantClassesNow] = use.depressantsNow;
  facts[F.benzodiazepineDailyUse] = flag(use.benzodiazepineDailyUse);
  facts[F.opioidUse] = flag(use.opioidUse);
  facts[F.opioidDisorder] = flag(opioidDisorder);
  facts[F.opioidDependence] = flag(hasClass(use.dependent, 'opioid'));
  facts[F.alcoholDisorderModerateOrSevere] = flag(alcoholDisorderModerateOrSevere);
  facts[F.injectionUse] = flag(use.injectionUse);
  facts[F.stimulantUse] = flag(use.stimulantUse);
  facts[F.tobaccoUse] = flag(use.tobaccoUse);
  facts[F.sedativeRecentHours] = use.sedativeLastHours;
  facts[F.fentanylExposure] = flag(rp?.fentanylExposure === true || rp?.xylazineExposure === true);
  facts[F.usesAlone] = flag(rp?.usesAlone === true);

  facts[F.sedativeWithdrawal] = wd.sedativeNow;
  facts[F.sedativeWithdrawalExpected] = wd.sedativeExpected;
  facts[F.sedativeWithdrawalAhead] = Math.max(wd.sedativeNow, wd.sedativeExpected);
  // A withdrawal reported with no substance named, or a CIWA-Ar with none, is treated like alcohol's.
  facts[F.abruptSedativeWithdrawal] = flag(use.abruptSedative || namedSubstances === 0);
  facts[F.opioidWithdrawal] = wd.opioidNow;
  facts[F.opioidWithdrawalExpected] = wd.opioidExpected;
  facts[F.opioidWithdrawalAhead] = Math.max(wd.opioidNow, wd.opioidExpected);
  facts[F.otherWithdrawal] = wd.otherNow;
  facts[F.complicatedWithdrawalHistory] = wd.history;
  facts[F.noMonitoringAtHome] = flag(wd.noMonitoringAtHome);
  facts[F.noDailyChecks] = flag(wd.noDailyChecks);
  facts[F.intoxication] = pos('intoxication', c.intoxication?.current ?? undefined);
  facts[F.overdoseSigns] = flag(c.intoxication?.overdoseSigns === true);
  facts[F.ciwaAr] = wd.ciwaAr;
  facts[F.cows] = wd.cows;
  facts[F.pawss] = wd.pawss;

  facts[F.physical] = pos('physical', ph?.status ?? undefined);
  facts[F.seriousIllness] = flag(ph?.seriousIllness === true || ph?.headInjury === true);
  facts[F.cognitiveImpairment] = flag(ph?.cognitiveImpairment === true);

  facts[F.suicideRisk] = suicide.risk;
  facts[F.suicideScreenPositive] = flag(suicide.screenPositive);
  facts[F.recentAttempt] = flag(suicide.recentAttempt);
  facts[F.lethalMeansAccess] = flag(mh?.lethalMeansAccess === true);
  facts[F.selfHarmThoughts] = suicide.selfHarmThoughts;
  facts[F.unassessedSelfHarmThoughts] = suicide.unassessedSelfHarmThoughts;
  facts[F.harmToOthersRisk] = pos('risk', mh?.harmToOthersRisk ?? undefined);
  facts[F.psychosis] = pos('psychosis', mh?.psychosis ?? undefined);
  facts[F.functioning] = pos('functioning', mh?.functioning ?? undefined);
  facts[F.symptoms] = symptoms;
  facts[F.phq9Total] = phq9Total;
  facts[F.gad7Total] = gad7Total;
  facts[F.suicideRiskNotAssessed] = flag(suicide.notAssessed);
  facts[F.insufficientInformation] = flag(insufficientInformation);

  facts[F.stage] = pos('stage', rd?.stage ?? undefined);
  facts[F.engagement] = pos('engagement', rd?.engagement ?? undefined);
  facts[F.lowImportance] = flag(lowImportance);

  facts[F.cravings] = pos('cravings', rp?.cravings ?? undefined);
  facts[F.coping] = pos('coping', rp?.copingSkills ?? undefined, 1);
  facts[F.overdoseLastYear] = flag(
    rp?.overdoseLastYear === true || (rp?.lastOverdose != null && clock.daysSince(rp.lastOverdose.on) <= 365),
  );
  facts[F.failedOutpatient] = flag(episodes.failedOutpatient);
  facts[F.failedIntensive] = flag(episodes.failedIntensive);
  facts[F.failedResidential] = flag(episodes.failedResidential);
  facts[F.failedEpisodes] = episodes.failedEpisodes;
  facts[F.abstinenceDays] = abstinenceDays;
  facts[F.currentLevel] = episodes.currentLevel;
  facts[F.relapseInEpisode] = flag(episodes.relapseInEpisode);
  facts[F.daysSinceDischarge] = episodes.daysSinceDischarge;
  facts[F.dischargeForMentalHealth] = flag(episodes.dischargeForMentalHealth);
  facts[F.dischargeFrom24HourCare] = flag(episodes.dischargeFrom24HourCare);
  facts[F.crafftPositive] = flag(bands.crafft === 'positive');

  facts[F.housing] = pos('housing', env?.housing ?? undefined, 1);
  facts[F.support] = pos('support', env?.support ?? undefined);
  facts[F.householdUse] = flag(env?.householdUse === true);
  facts[F.unsafeEnvironment] = flag(env?.unsafe === true);
  facts[F.noTransportation] = flag(env?.transportation === false);
  facts[F.legalPressure] = flag(env?.legalPressure === true);
  facts[F.caregiving] = flag(c.practical?.obligations?.includes('caregiving') === true);

  facts[F.d1] = 0;
  facts[F.d2] = 0;
  facts[F.d3] = 0;
  facts[F.d4] = 0;
  facts[F.d5] = 0;
  facts[F.d6] = 0;

  return { facts, scores, assumptions, warnings };
}
