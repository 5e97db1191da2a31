import type { CareCase } from '../case/case-schema.js';
import { SCALES, scalePosition } from '../rules/fact-registry.js';
import type { CaseClock } from './case-dates.js';
import type { Message } from './message.js';

/** Columbia protocol triage: suicidal behaviour in the past three months is among the most worrying answers. */
const RECENT_ATTEMPT_DAYS = 90;
const HIGH = scalePosition('risk', 'high');
const IMMINENT = scalePosition('risk', 'imminent');

export interface SuicideFacts {
  /** The assessed risk, or what a screen shows as acute when there is no assessment. */
  readonly risk: number;
  readonly screenPositive: boolean;
  readonly recentAttempt: boolean;
  /** PHQ-9 item 9 (0–3), and the same only while no assessment is in the case. */
  readonly selfHarmThoughts: number;
  readonly unassessedSelfHarmThoughts: number;
  readonly notAssessed: boolean;
}

/**
 * A screen is not an assessment (NIMH ASQ pathway). PHQ-9 item 9, a "yes" on the ASQ, the person's
 * own answer about suicidal thoughts, or a recent attempt call for a suicide risk assessment today;
 * when the clinician's completed assessment (`mentalHealth.suicideRisk`) is in the case, it decides.
 * Only an acute screen — thoughts of suicide right now (ASQ question 5), or a plan or intent to act
 * (Columbia's highest-risk answers) — is treated as danger before anyone has assessed it.
 */
export function deriveSuicideRisk(
  c: CareCase,
  screens: { phq9Item9: number; asqBand: string },
  mentalHealthConcern: boolean,
  clock: CaseClock,
  warnings: Message[],
  assumptions: Message[],
): SuicideFacts {
  const mh = c.mentalHealth;
  const assessed = mh?.suicideRisk == null ? -1 : scalePosition('risk', mh.suicideRisk);
  const attemptDays = clock.daysSince(mh?.lastSuicideAttemptOn);
  const overdose = c.relapsePotential?.lastOverdose;
  const intentionalOverdoseDays = overdose?.intentional === true ? clock.daysSince(overdose.on) : Number.NaN;
  const recentAttempt = attemptDays <= RECENT_ATTEMPT_DAYS || intentionalOverdoseDays <= RECENT_ATTEMPT_DAYS;

  const thoughts = mh?.suicidalThoughts;
  const acute = screens.asqBand === 'acute-positive' ? IMMINENT : thoughts === 'plan' ? HIGH : 0;
  const positive =
    screens.phq9Item9 >= 1 || screens.asqBand === 'non-acute-positive' || acute > 0 || thoughts === 'recent' || recentAttempt;

  if (assessed >= 0 && (acute > assessed || (positive && assessed === 0))) {
    warnings.push({ code: 'screen-suicide-higher-than-reported', facts: { reported: SCALES.risk[assessed] ?? '' } });
  }
  if (assessed < 0 && screens.asqBand === 'non-acute-positive') warnings.push({ code: 'asq-positive-needs-safety-assessment' });
  if (assessed < 0 && positive) assumptions.push({ code: 'suicide-risk-from-screen-only' });

  const notAssessed = assessed < 0 && screens.asqBand === '' && Number.isNaN(screens.phq9Item9) && thoughts == null && mentalHealthConcern;
  if (notAssessed) assumptions.push({ code: 'suicide-risk-not-assessed' });
  const item9 = Number.isNaN(screens.phq9Item9) ? 0 : screens.phq9Item9;
  return {
    risk: assessed >= 0 ? assessed : acute,
    screenPositive: assessed < 0 && positive,
    recentAttempt,
    selfHarmThoughts: item9,
    unassessedSelfHarmThoughts: assessed < 0 ? item9 : 0,
    notAssessed,
  };
}
