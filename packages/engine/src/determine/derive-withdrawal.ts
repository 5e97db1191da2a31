import type { CareCase } from '../case/case-schema.js';
import { CIWA_AR, COWS } from '../instruments/definitions.js';
import { bandForTotal } from '../instruments/score.js';
import { scalePosition } from '../rules/fact-registry.js';
import { hasClass, type UseClass, type UseProfile } from './derive-use.js';
import type { Message } from './message.js';

/**
 * Hours after the last use within which withdrawal that has not started may still come, when the
 * person says there is none yet. Alcohol: symptoms begin 6–24 hours after the last drink (SA
 * Health; ASAM AWM II.4 makes the time since the last drink the risk window); a low-risk person
 * still well at 36 hours is unlikely to develop severe withdrawal (ASAM AWM V.1), and anyone still
 * well at 72 hours is unlikely to develop significant withdrawal (SA Health). Long-acting
 * benzodiazepines and methadone can take up to about a week (TIP 45); short-acting opioid
 * withdrawal starts within a day and peaks by the third.
 */
const REPORTED_NONE_WINDOW_HOURS = { alcoholLowRisk: 36, alcoholHighRisk: 72, sedative: 168, opioid: 72 } as const;
/** When withdrawal was not asked about at all, daily use within these hours is planned for. */
const NOT_ASKED_WINDOW_HOURS = { sedative: 120, opioid: 168 } as const;
/** CIWA-Ar scores from here up count as withdrawal whatever the timing. */
const CIWA_MILD_FROM = 8;
/** A low CIWA-Ar score counts while withdrawal can still be building (ASAM AWM V.1: watch mild, low-risk cases up to 36 h). */
const CIWA_LOW_SCORE_HOURS = 36;
/** BCCSU 2019: PAWSS 4 or more is high risk of severe or complicated withdrawal. */
export const PAWSS_HIGH = 4;

export interface WithdrawalFacts {
  readonly sedativeNow: number;
  readonly sedativeExpected: number;
  readonly opioidNow: number;
  readonly opioidExpected: number;
  readonly otherNow: number;
  readonly ciwaAr: number;
  readonly cows: number;
  readonly pawss: number;
  /** 0 no, 1 unknown, 2 a past seizure or delirium. */
  readonly history: number;
  readonly noMonitoringAtHome: boolean;
  readonly noDailyChecks: boolean;
}

/**
 * Whether withdrawal from this class can still start. Not asked: near-daily use inside the window.
 * Asked and "none": every-day use with a moderate or severe disorder (or heavy drinking) inside the
 * window — a screen answer of "none" a few hours after the last drink is not the end of the story.
 */
function stillAhead(use: UseProfile, cls: UseClass, windowHours: number, reportedNone: boolean): boolean {
  if (!hasClass(reportedNone ? use.stoppingStrong : use.stopping, cls)) return false;
  if (hasClass(use.stoppingHoursUnknown, cls)) return true;
  return use.hoursSince[cls] <= windowHours;
}

/**
 * Dimension 1 from a case: withdrawal now, by the substances that cause it, and withdrawal still
 * expected from the pattern of use. Missing answers are filled toward safety and written down.
 */
export function deriveWithdrawal(
  c: CareCase,
  use: UseProfile,
  totals: { ciwaAr: number; cows: number; pawss: number },
  assumptions: Message[],
): WithdrawalFacts {
  const w = c.withdrawal;
  const { ciwaAr, cows, pawss } = totals;
  const noSubstanceNamed = use.used === 0 && (c.substances ?? []).every((s) => s.name === 'tobacco');
  const reported = w?.current == null ? -1 : scalePosition('withdrawal', w.current);

  // A reported severity belongs to the substances that can cause it: one or two drinks a night, or
  // drinking on a few days a month, beside daily opioids is not alcohol withdrawal. Only that
  // positive knowledge about the alcohol itself takes the report away; alcohol that is the only
  // substance named keeps it.
  // Whether something else is named, not how often it is used, so more use elsewhere never takes
  // the report away from alcohol.
  let othersNamed = false;
  for (const s of c.substances ?? [])
    if (s.name !== 'tobacco' && s.name !== 'alcohol' && s.name !== 'benzodiazepines' && s.name !== 'sedatives') othersNamed = true;
  const sedativeCauses = (hasClass(use.used, 'sedative') && !(use.sedativeTooLittle && othersNamed)) || noSubstanceNamed;
  const sedativeSays = reported > 0 && sedativeCauses ? reported : 0;
  const opioidSays = reported > 0 && hasClass(use.used, 'opioid') ? reported : 0;
  const otherSays = reported > 0 && hasClass(use.used, 'other') ? reported : 0;
  if (noSubstanceNamed && reported > 0) assumptions.push({ code: 'withdrawal-substance-unknown' });

  // CIWA-Ar's "mild" band starts at 0, but a low score is only withdrawal when it can still be
  // building: 8–9 always, 1–7 after daily use within the last 36 hours (unknown hours count as recent).
  const ciwaRaw = Number.isNaN(ciwaAr) ? 0 : scalePosition('withdrawal', bandForTotal(CIWA_AR, ciwaAr));
  const ciwaBuilding = use.sedativeDailyUse && !(use.sedativeLastHours >= CIWA_LOW_SCORE_HOURS);
  const ciwaBand = ciwaRaw >= 2 || ciwaAr >= CIWA_MILD_FROM || (ciwaAr >= 1 && ciwaBuilding) ? ciwaRaw : 0;
  const cowsBand = Number.isNaN(cows) ? 0 : scalePosition('opioidWithdrawal', bandForTotal(COWS, cows));

  const sedativeNow = Math.max(sedativeSays, ciwaBand);
  // Reported "severe" maps to "moderately severe" on the COWS scale; the scale itself decides "severe".
  const opioidNow = Math.max(opioidSays, cowsBand);
  const otherNow = otherSays;

  // Withdrawal that has not started yet is planned for before it starts.
  const w0 = reported === 0;
  const historyPositive = w?.historySeizures === true || w?.historyDelirium === true;
  const alcoholOnly = (c.substances ?? []).every((s) => s.name !== 'benzodiazepines' && s.name !== 'sedatives');
  const highRisk = use.alcoholHeavy || pawss >= PAWSS_HIGH || historyPositive;
  const sedativeWindow = !w0
    ? NOT_ASKED_WINDOW_HOURS.sedative
    : alcoholOnly
      ? highRisk
        ? REPORTED_NONE_WINDOW_HOURS.alcoholHighRisk
        : REPORTED_NONE_WINDOW_HOURS.alcoholLowRisk
      : REPORTED_NONE_WINDOW_HOURS.sedative;
  let sedativeExpected = 0;
  if (sedativeNow === 0 && reported <= 0 && stillAhead(use, 'sedative', sedativeWindow, w0)) {
    // SA Health: above about 6 US drinks a day (4 for women) significant withdrawal is likely; a
    // PAWSS of 4 or more predicts severe or complicated withdrawal (BCCSU).
    sedativeExpected = use.alcoholHeavy || pawss >= PAWSS_HIGH ? 2 : 1;
    assumptions.push({ code: reported < 0 ? 'withdrawal-unknown-daily-sedative-use' : 'withdrawal-expected-sedative' });
  }
  let opioidExpected = 0;
  const opioidWindow = w0 ? REPORTED_NONE_WINDOW_HOURS.opioid : NOT_ASKED_WINDOW_HOURS.opioid;
  if (opioidNow === 0 && reported <= 0 && Number.isNaN(cows) && stillAhead(use, 'opioid', opioidWindow, w0)) {
    opioidExpected = 1;
    assumptions.push({ code: reported < 0 && Number.isNaN(cows) ? 'withdrawal-unknown-daily-opioid-use' : 'withdrawal-expected-opioid' });
  }
  if (use.stoppingHoursUnknown !== 0 && sedativeExpected + opioidExpected > 0) assumptions.push({ code: 'last-use-time-unknown' });

  const sedativeAhead = Math.max(sedativeNow, sedativeExpected);
  const opioidAhead = Math.max(opioidNow, opioidExpected);
  const historyKnown = w?.historySeizures != null || w?.historyDelirium != null;
  const history = w?.historySeizures || w?.historyDelirium ? 2 : historyKnown ? 0 : 1;
  if (!historyKnown && (sedativeAhead >= 1 || hasClass(use.dependent, 'sedative')))
    assumptions.push({ code: 'withdrawal-history-unknown' });

  let noMonitoringAtHome = w?.monitoringAtHome === false;
  if (w?.monitoringAtHome == null && (sedativeAhead >= 1 || opioidAhead >= 2)) {
    noMonitoringAtHome = true;
    assumptions.push({ code: 'home-monitoring-unknown' });
  }

  // Withdrawal care at home means a visit or a check every day (ASAM AWM VII.8: able to keep
  // ambulatory visits): without a ride, it takes video or phone visits.
  const noTransport = c.environment?.transportation === false;
  const noDailyChecks = noTransport && c.practical?.telehealth !== true;
  if (noTransport && c.practical?.telehealth == null && (sedativeAhead >= 1 || opioidAhead >= 1)) {
    assumptions.push({ code: 'telehealth-unknown' });
  }

  return {
    sedativeNow,
    sedativeExpected,
    opioidNow,
    opioidExpected,
    otherNow,
    ciwaAr,
    cows,
    pawss,
    history,
    noMonitoringAtHome,
    noDailyChecks,
  };
}
