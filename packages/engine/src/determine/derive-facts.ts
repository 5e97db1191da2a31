import type { CareCase, Substance } from '../case/case-schema.js';
import { CIWA_AR, COWS, INSTRUMENTS } from '../instruments/definitions.js';
import type { InstrumentScore } from '../instruments/instrument-types.js';
import { bandForTotal, scoreInstrument } from '../instruments/score.js';
import { levelIntensity } from '../levels/levels.js';
import { F, SCALES, newFacts, scalePosition, type Facts } from '../rules/fact-registry.js';
import type { Message } from './message.js';

export interface Derived {
  readonly facts: Facts;
  readonly scores: Record<string, InstrumentScore>;
  readonly assumptions: Message[];
  readonly warnings: Message[];
}

const SEDATIVE_CLASS = new Set(['alcohol', 'benzodiazepines', 'sedatives']);
const BENZO_CLASS = new Set(['benzodiazepines', 'sedatives']);
/** Classes whose withdrawal is not medically dangerous in itself (TIP 45; Monograph 51 for stimulants). */
const NON_DANGEROUS_WITHDRAWAL = new Set(['stimulants', 'cannabis', 'hallucinogens', 'inhalants', 'tobacco']);

/** Near-daily use: 20 or more of the last 30 days. */
const DAILY_DAYS = 20;
/** DSM-5 early remission begins at 3 months without criteria; before it relapse risk is highest. */
const FIRST_MONTHS_DAYS = 90;
/** CIWA-Ar scores from here up count as withdrawal whatever the timing. */
const CIWA_MILD_FROM = 8;
const CIWA_LOW_SCORE_HOURS = 36;
/** DSM-5 early remission runs to 12 months; continuing care through the first year protects it. */
const FIRST_YEAR_DAYS = 365;
/** Opioid withdrawal can still be ahead up to about a week after the last use of long-acting opioids. */
const OPIOID_WITHDRAWAL_WINDOW_HOURS = 168;

const POS_OP = levelIntensity('early-intervention');
const POS_IOP = levelIntensity('intensive-outpatient');
const POS_RES = levelIntensity('residential-low');
const POS_OUTPATIENT = levelIntensity('outpatient');

/** Booleans are stored as 1/0 in the facts array. */
const flag = (value: boolean): number => (value ? 1 : 0);

const pos = (scale: keyof typeof SCALES, value: string | undefined, fallback = 0): number =>
  value == null ? fallback : scalePosition(scale, value);

/** PHQ-9 and GAD-7 bands placed on one symptom scale (GAD-7 "severe" sits with PHQ-9 "moderately severe"). */
const SYMPTOM_FROM_BAND: Readonly<Record<string, number>> = {
  'phq9:minimal': 0,
  'phq9:mild': 1,
  'phq9:moderate': 2,
  'phq9:moderately-severe': 3,
  'phq9:severe': 4,
  'gad7:minimal': 0,
  'gad7:mild': 1,
  'gad7:moderate': 2,
  'gad7:severe': 3,
  'phq2:negative': 0,
  'phq2:positive': 1,
};

/**
 * Turn a validated case into the facts the rules read, scoring instruments on the way and writing
 * down every assumption made about a missing answer. Missing answers are filled toward safety
 * where safety depends on them (withdrawal), and toward "not raising" elsewhere, always recorded.
 */
export function deriveFacts(c: CareCase, into?: Facts): Derived {
  const assumptions: Message[] = [];
  const warnings: Message[] = [];
  const scores: Record<string, InstrumentScore> = {};

  // ── Instruments ────────────────────────────────────────────────────────────────────────────
  const instruments = c.instruments;
  let symptoms = 0;
  let phq9Total = Number.NaN;
  let gad7Total = Number.NaN;
  let ciwaAr = c.withdrawal?.ciwaAr ?? Number.NaN;
  let cows = c.withdrawal?.cows ?? Number.NaN;
  let screenedSuicide = 0;
  let selfHarmThoughts = 0;
  let dastBand = '';
  let auditCPositive = false;
  let auditBand = '';
  let readinessRuler = Number.NaN;
  if (instruments) {
    for (const def of INSTRUMENTS) {
      const answers = instruments[def.key];
      if (answers == null) continue;
      const s = scoreInstrument(def, answers, c.sex ?? undefined);
      scores[def.key] = s;
      const sym = SYMPTOM_FROM_BAND[`${def.key}:${s.band}`];
      if (sym !== undefined && sym > symptoms) symptoms = sym;
      if (s.flags) for (const f of s.flags) warnings.push({ code: f, facts: { total: s.total } });
      if (def.totalField) {
        const given = def.totalField === 'withdrawal.ciwaAr' ? c.withdrawal?.ciwaAr : c.withdrawal?.cows;
        if (given != null && given !== s.total) {
          warnings.push({ code: 'instrument-total-mismatch', facts: { instrument: def.name, given, computed: s.total } });
        }
      }
      switch (def.key) {
        case 'phq9':
          phq9Total = s.total;
          // Item 9 (thoughts of death or self-harm) until a safety assessment says otherwise: several
          // days = low, more than half the days = moderate, nearly every day = high risk.
          selfHarmThoughts = answers[8] ?? 0;
          screenedSuicide = Math.max(screenedSuicide, selfHarmThoughts);
          break;
        case 'gad7':
          gad7Total = s.total;
          break;
        case 'ciwaAr':
          ciwaAr = s.total;
          break;
        case 'cows':
          cows = s.total;
          break;
        case 'asq':
          // NIMH ASQ pathway: acute positive = imminent risk; non-acute positive needs a brief suicide
          // safety assessment before leaving, treated as moderate risk until that is done.
          screenedSuicide = Math.max(screenedSuicide, s.band === 'acute-positive' ? 4 : s.band === 'non-acute-positive' ? 2 : 0);
          if (s.band === 'non-acute-positive') warnings.push({ code: 'asq-positive-needs-safety-assessment' });
          break;
        case 'dast10':
          dastBand = s.band;
          break;
        case 'auditC':
          auditCPositive = s.band !== 'negative';
          break;
        case 'audit':
          auditBand = s.band;
          break;
        case 'readinessRuler':
          readinessRuler = s.total;
          break;
        default:
          break;
      }
    }
  }

  // ── Substances ─────────────────────────────────────────────────────────────────────────────
  const substances: readonly Substance[] = (c.substances ?? []).filter((s) => s.name !== 'tobacco');
  let activeUse = false;
  let disorder = 0;
  let remittedDisorder = 0;
  let severeNonOpioidActive = false;
  let severeNonOpioidRemitted = false;
  let opioidDailyUse = false;
  let opioidRecentHours = Number.NaN;
  let activeDisorder = 0;
  let sedativeDailyUse = false;
  let benzodiazepineDailyUse = false;
  let opioidUse = false;
  let opioidDisorder = false;
  let alcoholSeverityModerateOrSevere = false;
  let injectionUse = false;
  let stimulantUse = false;
  let sedativeRecentHours = Number.NaN;
  let hasSedative = false;
  let hasOpioid = false;
  let hasOther = false;
  let assumedActive = false;
  for (const s of substances) {
    const days = s.daysUsedLast30;
    const active = days == null ? true : days > 0;
    if (days == null) assumedActive = true;
    let severity = pos('disorder', s.disorderSeverity ?? undefined, -1);
    if (severity < 0) {
      // Severity not given: infer conservatively from how often and how the person uses, and say so.
      const inferred = (days ?? 0) >= DAILY_DAYS || s.route === 'injected' ? 2 : 1;
      severity = inferred;
      assumptions.push({ code: 'disorder-severity-inferred', facts: { substance: s.name, severity: SCALES.disorder[inferred] ?? 'mild' } });
    }
    if (severity > disorder) disorder = severity;
    if (active && severity > activeDisorder) activeDisorder = severity;
    // A disorder with this substance not used this month is in remission, whatever else is used.
    if (!active && severity > remittedDisorder) remittedDisorder = severity;
    if (severity >= 3 && s.name !== 'opioids') {
      if (active) severeNonOpioidActive = true;
      else severeNonOpioidRemitted = true;
    }
    if (active) activeUse = true;
    const daily = (days ?? 0) >= DAILY_DAYS;
    if (SEDATIVE_CLASS.has(s.name)) {
      hasSedative = true;
      if (daily) sedativeDailyUse = true;
      if (daily && BENZO_CLASS.has(s.name)) benzodiazepineDailyUse = true;
      if (s.hoursSinceLastUse != null && !(s.hoursSinceLastUse >= sedativeRecentHours)) sedativeRecentHours = s.hoursSinceLastUse;
      if (s.name === 'alcohol' && severity >= 2) alcoholSeverityModerateOrSevere = true;
    } else if (s.name === 'opioids') {
      hasOpioid = true;
      if (active) opioidUse = true;
      if (severity >= 1) opioidDisorder = true;
      if (daily) opioidDailyUse = true;
      if (s.hoursSinceLastUse != null && !(s.hoursSinceLastUse >= opioidRecentHours)) opioidRecentHours = s.hoursSinceLastUse;
    } else if (NON_DANGEROUS_WITHDRAWAL.has(s.name)) {
      hasOther = true;
      if (s.name === 'stimulants' && active) stimulantUse = true;
    } else {
      // "other": unknown pharmacology, so its withdrawal is treated like a sedative's.
      hasSedative = true;
      if (daily) sedativeDailyUse = true;
    }
    if (s.route === 'injected' && active) injectionUse = true;
  }
  if (assumedActive) assumptions.push({ code: 'use-days-unknown' });
  if (c.relapsePotential?.overdoseLastYear && !hasOpioid && substances.length === 0) {
    // An overdose with no substance named: assume opioids were involved, the common case.
    opioidDisorder = true;
  }

  // Risky use without a disorder: positive alcohol or drug screens, or use reported without severity.
  // Any band at or above the first risky one counts: a worse screen must never count for less.
  const riskyUse =
    activeUse || auditCPositive || (auditBand !== '' && auditBand !== 'low-risk') || (dastBand !== '' && dastBand !== 'none');
  // Screens that point to a disorder when no severity was given.
  if (substances.length === 0) {
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
  let firstMonthsDisorder = 0;
  let firstYearDisorder = 0;
  if (remittedDisorder >= 1) {
    if (controlledEnvironment) {
      firstMonthsDisorder = remittedDisorder;
      assumptions.push({ code: 'abstinence-in-controlled-environment' });
    } else if (Number.isNaN(abstinenceDays)) {
      firstMonthsDisorder = remittedDisorder;
      assumptions.push({ code: 'abstinence-unknown-treated-as-early' });
    } else if (abstinenceDays < FIRST_MONTHS_DAYS) {
      firstMonthsDisorder = remittedDisorder;
    }
    if (firstMonthsDisorder > 0 || abstinenceDays < FIRST_YEAR_DAYS) firstYearDisorder = remittedDisorder;
  }
  const earlyRemission = firstYearDisorder >= 1;
  // A severe non-opioid disorder in use or in its first months: office-based medication is not the answer.
  const severeNonOpioid = severeNonOpioidActive || (severeNonOpioidRemitted && firstMonthsDisorder >= 1);
  if (activeUse && Number.isNaN(abstinenceDays)) abstinenceDays = 0;
  // Medication for alcohol use disorder is offered while drinking or in early recovery, not years on.
  const alcoholDisorderModerateOrSevere = alcoholSeverityModerateOrSevere && (activeUse || earlyRemission);

  let failedOutpatient = false;
  let failedIntensive = false;
  let failedResidential = false;
  let failedEpisodes = 0;
  let priorTwentyFourHourCare = false;
  let inTreatmentNow = false;
  for (const e of rp?.priorEpisodes ?? []) {
    const p = levelIntensity(e.level);
    // Any stay in 24-hour care, however it ended, makes intensive outpatient the natural next step.
    if (p >= POS_RES) priorTwentyFourHourCare = true;
    if (e.outcome === 'ongoing' && p >= POS_OUTPATIENT) inTreatmentNow = true;
    if (e.outcome === 'completed-relapsed' || e.outcome === 'left-early') {
      if (p >= POS_OP) failedEpisodes++;
      if (p >= POS_RES) failedResidential = true;
      else if (p >= POS_IOP) failedIntensive = true;
      else if (p >= POS_OP) failedOutpatient = true;
    }
  }

  // ── Dimension 1 ────────────────────────────────────────────────────────────────────────────
  const w = c.withdrawal;
  let reported = pos('withdrawal', w?.current ?? undefined, -1);
  // Daily opioid use, last use within the window, and nothing said about withdrawal: plan for it.
  const opioidWithdrawalAssumed =
    reported < 0 && Number.isNaN(cows) && opioidDailyUse && !(opioidRecentHours > OPIOID_WITHDRAWAL_WINDOW_HOURS);
  if (opioidWithdrawalAssumed) assumptions.push({ code: 'withdrawal-unknown-daily-opioid-use' });
  if (reported < 0) {
    reported = 0;
    // Daily drinking or sedative use with the last dose in the withdrawal window and no answer about
    // withdrawal: assume mild withdrawal rather than none, so withdrawal is planned for.
    if (sedativeDailyUse && !(sedativeRecentHours > 120)) {
      reported = 1;
      assumptions.push({ code: 'withdrawal-unknown-daily-sedative-use' });
    }
  }
  const noSubstanceNamed = substances.length === 0;
  if (noSubstanceNamed && reported > 0) assumptions.push({ code: 'withdrawal-substance-unknown' });
  // CIWA-Ar's "mild" band starts at 0, but a low score is only withdrawal when it can still be
  // building: 8–9 always, 1–7 after daily use within the last 36 hours (unknown hours count as
  // recent). The guideline notes cut-offs vary; mild, low-risk cases need watching for up to 36 h.
  const ciwaRaw = Number.isNaN(ciwaAr) ? 0 : scalePosition('withdrawal', bandForTotal(CIWA_AR, ciwaAr));
  const ciwaBuilding = sedativeDailyUse && !(sedativeRecentHours >= CIWA_LOW_SCORE_HOURS);
  const ciwaBand = ciwaRaw >= 2 || ciwaAr >= CIWA_MILD_FROM || (ciwaAr >= 1 && ciwaBuilding) ? ciwaRaw : 0;
  const cowsBand = Number.isNaN(cows) ? 0 : scalePosition('opioidWithdrawal', bandForTotal(COWS, cows));
  // A reported severity applies to every class the person uses, since the report does not say which.
  const sedativeWithdrawal = Math.max(hasSedative || noSubstanceNamed ? reported : 0, ciwaBand);
  // Reported "severe" for opioids maps to "moderately severe" on the COWS scale; the scale decides "severe".
  const opioidWithdrawal = Math.max(hasOpioid ? reported : 0, cowsBand, opioidWithdrawalAssumed ? 1 : 0);
  const otherWithdrawal = hasOther ? reported : 0;

  const historyKnown = w?.historySeizures != null || w?.historyDelirium != null;
  const complicatedWithdrawalHistory = w?.historySeizures || w?.historyDelirium ? 2 : historyKnown ? 0 : 1;
  if (!historyKnown && (sedativeWithdrawal >= 1 || sedativeDailyUse)) assumptions.push({ code: 'withdrawal-history-unknown' });

  let noMonitoringAtHome = w?.monitoringAtHome === false;
  if (w?.monitoringAtHome == null && (sedativeWithdrawal >= 1 || opioidWithdrawal >= 2)) {
    noMonitoringAtHome = true;
    assumptions.push({ code: 'home-monitoring-unknown' });
  }

  // ── Dimension 3 ────────────────────────────────────────────────────────────────────────────
  const mh = c.mentalHealth;
  const reportedSuicide = pos('risk', mh?.suicideRisk ?? undefined, -1);
  const suicideRisk = Math.max(reportedSuicide, screenedSuicide);
  const mhConcern =
    c.primaryConcern === 'mental-health' || c.primaryConcern === 'co-occurring' || symptoms >= 2 || stimulantUse || activeDisorder >= 2;
  const suicideRiskNotAssessed = reportedSuicide < 0 && !instruments?.asq && !instruments?.phq9 && mhConcern;
  if (suicideRiskNotAssessed) assumptions.push({ code: 'suicide-risk-not-assessed' });
  if (reportedSuicide >= 0 && screenedSuicide > reportedSuicide) {
    warnings.push({ code: 'screen-suicide-higher-than-reported', facts: { reported: SCALES.risk[reportedSuicide] ?? '' } });
  }

  // Nothing known about use or mental health: the engine cannot place anyone safely below an assessment visit.
  const insufficientInformation =
    substances.length === 0 &&
    c.withdrawal == null &&
    c.mentalHealth == null &&
    c.relapsePotential == null &&
    c.intoxication == null &&
    Object.keys(scores).length === 0 &&
    (c.substances ?? []).length === 0;
  if (insufficientInformation) assumptions.push({ code: 'insufficient-information' });

  // ── Dimension 4 ────────────────────────────────────────────────────────────────────────────
  const rd = c.readiness;
  const importance = rd?.importance ?? readinessRuler;
  const lowImportance = importance <= 3;

  // ── Dimension 6 ────────────────────────────────────────────────────────────────────────────
  const env = c.environment;

  const facts = into ? into.fill(0) : newFacts();
  facts[F.adolescent] = flag(c.population === 'adolescent' || (c.ageYears != null && c.ageYears < 18));
  facts[F.adult] = flag(!(c.population === 'adolescent' || (c.ageYears != null && c.ageYears < 18)));
  facts[F.olderAdult] = flag(c.ageYears != null && c.ageYears > 65);
  facts[F.pregnant] = flag(c.physicalHealth?.pregnant === true);

  facts[F.activeUse] = flag(activeUse);
  facts[F.disorder] = disorder;
  facts[F.activeDisorder] = activeDisorder;
  facts[F.riskyUse] = flag(riskyUse);
  facts[F.earlyRemission] = flag(earlyRemission);
  facts[F.firstMonthsDisorder] = firstMonthsDisorder;
  facts[F.severeNonOpioid] = flag(severeNonOpioid);
  facts[F.selfHarmThoughts] = selfHarmThoughts;
  facts[F.controlledEnvironment] = flag(controlledEnvironment);
  facts[F.priorTwentyFourHourCare] = flag(priorTwentyFourHourCare);
  facts[F.inTreatmentNow] = flag(inTreatmentNow);
  facts[F.sedativeDailyUse] = flag(sedativeDailyUse);
  facts[F.benzodiazepineDailyUse] = flag(benzodiazepineDailyUse);
  facts[F.opioidUse] = flag(opioidUse);
  facts[F.opioidDisorder] = flag(opioidDisorder);
  facts[F.alcoholDisorderModerateOrSevere] = flag(alcoholDisorderModerateOrSevere);
  facts[F.injectionUse] = flag(injectionUse);
  facts[F.stimulantUse] = flag(stimulantUse);
  facts[F.sedativeRecentHours] = sedativeRecentHours;

  facts[F.sedativeWithdrawal] = sedativeWithdrawal;
  facts[F.opioidWithdrawal] = opioidWithdrawal;
  facts[F.otherWithdrawal] = otherWithdrawal;
  facts[F.complicatedWithdrawalHistory] = complicatedWithdrawalHistory;
  facts[F.noMonitoringAtHome] = flag(noMonitoringAtHome);
  facts[F.intoxication] = pos('intoxication', c.intoxication?.current ?? undefined);
  facts[F.overdoseSigns] = flag(c.intoxication?.overdoseSigns === true);
  facts[F.ciwaAr] = ciwaAr;
  facts[F.cows] = cows;

  facts[F.physical] = pos('physical', c.physicalHealth?.status ?? undefined);

  facts[F.suicideRisk] = Math.max(suicideRisk, 0);
  facts[F.harmToOthersRisk] = pos('risk', mh?.harmToOthersRisk ?? undefined);
  facts[F.psychosis] = pos('psychosis', mh?.psychosis ?? undefined);
  facts[F.functioning] = pos('functioning', mh?.functioning ?? undefined);
  facts[F.symptoms] = symptoms;
  facts[F.phq9Total] = phq9Total;
  facts[F.gad7Total] = gad7Total;
  facts[F.suicideRiskNotAssessed] = flag(suicideRiskNotAssessed);
  facts[F.insufficientInformation] = flag(insufficientInformation);

  facts[F.stage] = pos('stage', rd?.stage ?? undefined);
  facts[F.engagement] = pos('engagement', rd?.engagement ?? undefined);
  facts[F.lowImportance] = flag(lowImportance);

  facts[F.cravings] = pos('cravings', rp?.cravings ?? undefined);
  facts[F.coping] = pos('coping', rp?.copingSkills ?? undefined, 1);
  facts[F.overdoseLastYear] = flag(rp?.overdoseLastYear === true);
  facts[F.failedOutpatient] = flag(failedOutpatient);
  facts[F.failedIntensive] = flag(failedIntensive);
  facts[F.failedResidential] = flag(failedResidential);
  facts[F.failedEpisodes] = failedEpisodes;
  facts[F.abstinenceDays] = abstinenceDays;

  facts[F.housing] = pos('housing', env?.housing ?? undefined, 1);
  facts[F.support] = pos('support', env?.support ?? undefined);
  facts[F.householdUse] = flag(env?.householdUse === true);
  facts[F.unsafeEnvironment] = flag(env?.unsafe === true);
  facts[F.noTransportation] = flag(env?.transportation === false);
  facts[F.legalPressure] = flag(env?.legalPressure === true);

  facts[F.d1] = 0;
  facts[F.d2] = 0;
  facts[F.d3] = 0;
  facts[F.d4] = 0;
  facts[F.d5] = 0;
  facts[F.d6] = 0;

  return { facts, scores, assumptions, warnings };
}
