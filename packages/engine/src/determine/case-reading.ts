import type { CareCase } from '../case/case-schema.js';
import { INSTRUMENTS } from '../instruments/definitions.js';
import type { InstrumentScore, TotalField } from '../instruments/instrument-types.js';
import { scoreInstrument } from '../instruments/score.js';
import { caseClock, type CaseClock } from './case-dates.js';
import { deriveEpisodes, type EpisodeFacts } from './derive-episode.js';
import { deriveSuicideRisk, type SuicideFacts } from './derive-suicide-risk.js';
import { deriveUse, hasClass, type UseProfile } from './derive-use.js';
import { deriveWithdrawal, type WithdrawalFacts } from './derive-withdrawal.js';
import type { Message } from './message.js';

/** DSM-5 early remission begins at 3 months without criteria; before it relapse risk is highest. */
const FIRST_MONTHS_DAYS = 90;
/** DSM-5 early remission runs to 12 months; continuing care through the first year protects it. */
const FIRST_YEAR_DAYS = 365;

/** PHQ-9 and GAD-7 bands placed on one symptom scale (GAD-7 "severe" sits with PHQ-9 "moderately severe"). */
const SYMPTOM_FROM_BAND: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  phq9: { minimal: 0, mild: 1, moderate: 2, 'moderately-severe': 3, severe: 4 },
  gad7: { minimal: 0, mild: 1, moderate: 2, severe: 3 },
  phq2: { negative: 0, positive: 1 },
};

/** A total a case may carry beside (or instead of) an instrument's items. */
const GIVEN_TOTAL: Readonly<Record<TotalField, (c: CareCase) => number | null | undefined>> = {
  'withdrawal.ciwaAr': (c) => c.withdrawal?.ciwaAr,
  'withdrawal.cows': (c) => c.withdrawal?.cows,
  'withdrawal.pawss': (c) => c.withdrawal?.pawss,
};

/**
 * What the facts are read from: the case, its instruments scored, and the readings several groups
 * of facts share (the use profile, remission, episodes, withdrawal, suicide risk). Made once per
 * decision, in the order that writes every assumption and warning in the order the decision lists them.
 */
export interface CaseReading {
  readonly c: CareCase;
  readonly clock: CaseClock;
  readonly scores: Record<string, InstrumentScore>;
  readonly assumptions: Message[];
  readonly warnings: Message[];
  /** Instrument bands by key, for screens that point to a disorder. */
  readonly bands: Readonly<Record<string, string>>;
  /** The worse of the depression and anxiety bands, on one symptom scale. */
  readonly symptoms: number;
  readonly phq9Total: number;
  readonly gad7Total: number;
  readonly readinessRuler: number;
  readonly use: UseProfile;
  /** Substances named, not counting tobacco. */
  readonly namedSubstances: number;
  readonly activeUse: boolean;
  readonly disorder: number;
  readonly activeDisorder: number;
  readonly opioidDisorder: boolean;
  readonly riskyUse: boolean;
  readonly abstinenceDays: number;
  readonly controlledEnvironment: boolean;
  readonly firstMonthsDisorder: number;
  readonly firstYearDisorder: number;
  readonly earlyRemission: boolean;
  readonly severeNonOpioid: boolean;
  readonly alcoholDisorderModerateOrSevere: boolean;
  readonly episodes: EpisodeFacts;
  readonly withdrawal: WithdrawalFacts;
  readonly suicide: SuicideFacts;
  readonly insufficientInformation: boolean;
}

/**
 * Read a validated case, scoring instruments on the way and writing down every assumption made
 * about a missing answer. Missing answers are filled toward safety where safety depends on them
 * (withdrawal), and toward "not raising" elsewhere, always recorded.
 */
export function readCase(c: CareCase): CaseReading {
  const assumptions: Message[] = [];
  const warnings: Message[] = [];
  const scores: Record<string, InstrumentScore> = {};
  const clock = caseClock(c, assumptions, warnings);

  // ── Instruments ────────────────────────────────────────────────────────────────────────────
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
  const instruments = c.instruments;
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
        const given = GIVEN_TOTAL[def.totalField](c);
        if (given != null && given !== s.total) {
          warnings.push({ code: 'instrument-total-mismatch', facts: { instrument: def.name, given, computed: s.total } });
        }
      }
      // The items win over a total given beside them.
      if (def.key === 'ciwaAr') totals.ciwaAr = s.total;
      else if (def.key === 'cows') totals.cows = s.total;
      else if (def.key === 'pawss') totals.pawss = s.total;
      else if (def.key === 'phq9') {
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

  // Remission: a disorder whose substance is not in current use. The first three months carry the
  // highest relapse risk; the first year is still early remission. Abstinence kept in an institution
  // (jail, hospital) does not show what happens back home, so it counts as the first months.
  let abstinenceDays = c.relapsePotential?.longestRecentAbstinenceDays ?? Number.NaN;
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
  const withdrawal = deriveWithdrawal(c, use, totals, assumptions);
  const mentalHealthConcern =
    c.primaryConcern === 'mental-health' || c.primaryConcern === 'co-occurring' || symptoms >= 2 || use.stimulantUse || activeDisorder >= 2;
  const suicide = deriveSuicideRisk(c, { phq9Item9, asqBand: bands.asq ?? '' }, mentalHealthConcern, clock, warnings, assumptions);

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

  return {
    c,
    clock,
    scores,
    assumptions,
    warnings,
    bands,
    symptoms,
    phq9Total,
    gad7Total,
    readinessRuler,
    use,
    namedSubstances,
    activeUse,
    disorder,
    activeDisorder,
    opioidDisorder,
    riskyUse,
    abstinenceDays,
    controlledEnvironment,
    firstMonthsDisorder,
    firstYearDisorder,
    earlyRemission,
    severeNonOpioid,
    alcoholDisorderModerateOrSevere,
    episodes,
    withdrawal,
    suicide,
    insufficientInformation,
  };
}
