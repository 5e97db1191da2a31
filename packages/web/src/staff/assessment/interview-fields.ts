import {
  COPING,
  DISCHARGE_REASONS,
  DISCHARGE_SETTINGS,
  LEVEL_CODES,
  SUICIDAL_THOUGHTS,
  COVERAGE,
  CRAVINGS,
  ENGAGEMENT,
  FUNCTIONING,
  HOUSING,
  INTOXICATION,
  OBLIGATIONS,
  PHYSICAL_STATUSES,
  PREFERENCES,
  PSYCHOSIS,
  RISK_LEVELS,
  SCHEDULE_WINDOWS,
  SEXES,
  STAGES,
  SUPPORT,
  WITHDRAWAL_SEVERITIES,
} from '@carelevel/engine';

/**
 * The clinician interview as data: every field of `carelevel-case/1`, grouped by the six dimensions
 * (docs/rules.md) with the background and the practical factors around them. The value lists are the
 * engine's own, so the form can never offer a value the engine refuses. Labels are in i18n/staff-en.ts
 * under `assessment.fields`, keyed by path.
 */
export type FieldKind =
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'yes-no' }
  | { readonly kind: 'integer'; readonly min: number; readonly max?: number }
  | { readonly kind: 'number'; readonly min: number }
  /** Several of a fixed list (checkboxes), stored as an array. */
  | { readonly kind: 'several'; readonly options: readonly string[] }
  /** One entry a line, stored as an array of strings. */
  | { readonly kind: 'lines' }
  | { readonly kind: 'text'; readonly maxLength: number }
  /** A calendar day, stored as YYYY-MM-DD. */
  | { readonly kind: 'date' }
  /** A language, chosen from a list by its name and stored as its tag (`es`). */
  | { readonly kind: 'language' };

export type InterviewField = FieldKind & {
  /** Dotted path in the case: `withdrawal.current`. */
  readonly path: string;
};

export type SectionId = 'background' | '1' | '2' | '3' | '4' | '5' | '6' | 'practical';

export interface InterviewSection {
  readonly id: SectionId;
  /** The engine's dimension this section informs (its rating and reasons show beside it). */
  readonly dimension?: 1 | 2 | 3 | 4 | 5 | 6;
  readonly fields: readonly InterviewField[];
  /** Repeating groups shown in this section. */
  readonly lists?: readonly ('substances' | 'priorEpisodes')[];
  /** Instruments given in this section, by the engine's key. */
  readonly instruments?: readonly string[];
}

const choice = (path: string, options: readonly string[]): InterviewField => ({ path, kind: 'choice', options });
const yesNo = (path: string): InterviewField => ({ path, kind: 'yes-no' });
const date = (path: string): InterviewField => ({ path, kind: 'date' });

export const INTERVIEW: readonly InterviewSection[] = [
  {
    id: 'background',
    fields: [
      // The day the answers describe: every other date is read against it (filled with today).
      date('assessedOn'),
      { path: 'ageYears', kind: 'integer', min: 0, max: 120 },
      choice('population', ['adult', 'adolescent']),
      choice('sex', SEXES),
      choice('primaryConcern', ['substance-use', 'mental-health', 'co-occurring']),
      // Care in progress and care that just ended are facts the rules read.
      choice('currentEpisode.level', LEVEL_CODES),
      date('currentEpisode.startedOn'),
      choice('recentDischarge.fromLevel', DISCHARGE_SETTINGS),
      date('recentDischarge.on'),
      choice('recentDischarge.reason', DISCHARGE_REASONS),
    ],
  },
  {
    id: '1',
    dimension: 1,
    lists: ['substances'],
    fields: [
      choice('intoxication.current', INTOXICATION),
      yesNo('intoxication.overdoseSigns'),
      choice('withdrawal.current', WITHDRAWAL_SEVERITIES),
      // Totals from the chart, for when the items were not scored here (items win when both are given).
      { path: 'withdrawal.ciwaAr', kind: 'integer', min: 0, max: 67 },
      { path: 'withdrawal.cows', kind: 'integer', min: 0, max: 48 },
      yesNo('withdrawal.historySeizures'),
      yesNo('withdrawal.historyDelirium'),
      yesNo('withdrawal.monitoringAtHome'),
      { path: 'withdrawal.pawss', kind: 'integer', min: 0, max: 10 },
    ],
    instruments: ['ciwaAr', 'cows', 'pawss', 'auditC', 'audit', 'dast10', 'crafft'],
  },
  {
    id: '2',
    dimension: 2,
    fields: [
      choice('physicalHealth.status', PHYSICAL_STATUSES),
      yesNo('physicalHealth.pregnant'),
      { path: 'physicalHealth.pregnancyWeeks', kind: 'integer', min: 0, max: 45 },
      { path: 'physicalHealth.postpartumWeeks', kind: 'integer', min: 0, max: 104 },
      yesNo('physicalHealth.breastfeeding'),
      yesNo('physicalHealth.seriousIllness'),
      yesNo('physicalHealth.cognitiveImpairment'),
      yesNo('physicalHealth.headInjury'),
      { path: 'physicalHealth.conditions', kind: 'lines' },
    ],
  },
  {
    id: '3',
    dimension: 3,
    fields: [
      // The assessment decides; the person's own answer and the screens below call for one.
      choice('mentalHealth.suicideRisk', RISK_LEVELS),
      choice('mentalHealth.suicidalThoughts', SUICIDAL_THOUGHTS),
      date('mentalHealth.lastSuicideAttemptOn'),
      yesNo('mentalHealth.lethalMeansAccess'),
      choice('mentalHealth.harmToOthersRisk', RISK_LEVELS),
      choice('mentalHealth.psychosis', PSYCHOSIS),
      choice('mentalHealth.functioning', FUNCTIONING),
      { path: 'mentalHealth.conditions', kind: 'lines' },
    ],
    instruments: ['phq9', 'phq2', 'gad7', 'asq'],
  },
  {
    id: '4',
    dimension: 4,
    fields: [
      choice('readiness.stage', STAGES),
      { path: 'readiness.importance', kind: 'integer', min: 0, max: 10 },
      choice('readiness.engagement', ENGAGEMENT),
    ],
    instruments: ['readinessRuler'],
  },
  {
    id: '5',
    dimension: 5,
    lists: ['priorEpisodes'],
    fields: [
      choice('relapsePotential.cravings', CRAVINGS),
      choice('relapsePotential.copingSkills', COPING),
      { path: 'relapsePotential.longestRecentAbstinenceDays', kind: 'integer', min: 0 },
      yesNo('relapsePotential.overdoseLastYear'),
      date('relapsePotential.lastOverdose.on'),
      yesNo('relapsePotential.lastOverdose.intentional'),
      yesNo('relapsePotential.usesAlone'),
      yesNo('relapsePotential.fentanylExposure'),
      yesNo('relapsePotential.xylazineExposure'),
    ],
  },
  {
    id: '6',
    dimension: 6,
    fields: [
      choice('environment.housing', HOUSING),
      yesNo('environment.householdUse'),
      yesNo('environment.unsafe'),
      choice('environment.support', SUPPORT),
      yesNo('environment.transportation'),
      yesNo('environment.legalPressure'),
    ],
  },
  {
    id: 'practical',
    fields: [
      { path: 'practical.obligations', kind: 'several', options: OBLIGATIONS },
      yesNo('practical.canPauseObligations'),
      choice('practical.coverage', COVERAGE),
      choice('practical.preference', PREFERENCES),
      { path: 'practical.scheduleWindows', kind: 'several', options: SCHEDULE_WINDOWS },
      { path: 'practical.zip', kind: 'text', maxLength: 5 },
      { path: 'practical.language', kind: 'language' },
      yesNo('practical.telehealth'),
    ],
  },
];

export const INTERVIEW_FIELDS: readonly InterviewField[] = INTERVIEW.flatMap((s) => s.fields);
