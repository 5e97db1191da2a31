import type { CareCase } from '../case/case-schema.js';
import { isLevelCode, levelIntensity } from '../levels/levels.js';
import type { CaseClock } from './case-dates.js';

const POS_EI = levelIntensity('early-intervention');
const POS_OUTPATIENT = levelIntensity('outpatient');
const POS_IOP = levelIntensity('intensive-outpatient');
const POS_RES = levelIntensity('residential-low');

export interface EpisodeFacts {
  /** The level the person is in now, NaN when not in treatment. */
  readonly currentLevel: number;
  readonly inTreatmentNow: boolean;
  readonly relapseInEpisode: boolean;
  readonly priorTwentyFourHourCare: boolean;
  readonly failedOutpatient: boolean;
  readonly failedIntensive: boolean;
  readonly failedResidential: boolean;
  readonly failedEpisodes: number;
  readonly daysSinceDischarge: number;
  readonly dischargeForMentalHealth: boolean;
  readonly dischargeFrom24HourCare: boolean;
}

const MENTAL_HEALTH_REASONS = new Set(['suicide-risk', 'harm-to-others', 'mental-health']);

/**
 * Care in progress and care that just ended. Past episodes say what did and did not hold; the
 * current episode is a fact the rules read (use during it is a relapse in treatment, not success);
 * a recent discharge opens the high-risk weeks after a hospital or crisis stay.
 */
export function deriveEpisodes(c: CareCase, clock: CaseClock): EpisodeFacts {
  let currentLevel = Number.NaN;
  let failedOutpatient = false;
  let failedIntensive = false;
  let failedResidential = false;
  let failedEpisodes = 0;
  let priorTwentyFourHourCare = false;
  for (const e of c.relapsePotential?.priorEpisodes ?? []) {
    const p = levelIntensity(e.level);
    // Any stay in 24-hour care, however it ended, makes intensive outpatient the natural next step.
    if (p >= POS_RES) priorTwentyFourHourCare = true;
    if (e.outcome === 'ongoing' && !(p <= currentLevel)) currentLevel = p;
    // A level that ended in relapse, early leaving or a step up did not hold; a step down or a
    // transfer is a move, not a failure.
    if (e.outcome === 'completed-relapsed' || e.outcome === 'left-early' || e.outcome === 'stepped-up') {
      if (p >= POS_EI) failedEpisodes++;
      if (p >= POS_RES) failedResidential = true;
      else if (p >= POS_IOP) failedIntensive = true;
      else if (p >= POS_EI) failedOutpatient = true;
    }
  }
  const episode = c.currentEpisode;
  if (episode) currentLevel = levelIntensity(episode.level);
  if (currentLevel >= POS_RES) priorTwentyFourHourCare = true;

  // Use after the episode began is a relapse in treatment. Without dates it cannot be told apart
  // from the use that led to the admission, so it is not assumed.
  let relapseInEpisode = false;
  const episodeDays = clock.daysSince(episode?.startedOn);
  if (episodeDays > 0) {
    for (const s of c.substances ?? []) {
      if (s.name === 'tobacco' || s.prescribed === true) continue;
      const hours = s.hoursSinceLastUse;
      if (hours != null ? hours < episodeDays * 24 : (s.daysUsedLast30 ?? 0) > 0 && episodeDays >= 30) relapseInEpisode = true;
    }
  }

  const discharge = c.recentDischarge;
  const daysSinceDischarge = discharge ? clock.daysSince(discharge.on) : Number.NaN;
  const fromLevel = discharge && isLevelCode(discharge.fromLevel) ? levelIntensity(discharge.fromLevel) : -1;
  const dischargeFrom24HourCare = fromLevel >= POS_RES;
  if (dischargeFrom24HourCare) priorTwentyFourHourCare = true;
  const dischargeForMentalHealth =
    discharge != null &&
    (discharge.reason != null ? MENTAL_HEALTH_REASONS.has(discharge.reason) : discharge.fromLevel === 'crisis-stabilization');

  return {
    currentLevel,
    inTreatmentNow: currentLevel >= POS_OUTPATIENT,
    relapseInEpisode,
    priorTwentyFourHourCare,
    failedOutpatient,
    failedIntensive,
    failedResidential,
    failedEpisodes,
    daysSinceDischarge,
    dischargeForMentalHealth,
    dischargeFrom24HourCare,
  };
}
