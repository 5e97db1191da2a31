import type { CareCase, Substance } from '../case/case-schema.js';
import { SCALES, scalePosition } from '../rules/fact-registry.js';
import type { Message } from './message.js';

/** Near-daily use: 20 or more of the last 30 days (carelevel's working definition). */
export const DAILY_DAYS = 20;
/**
 * Daily use in the sense withdrawal guidance means it: nearly every day (a few missed days at most).
 * SA Health: withdrawal is unlikely after intermittent or binge patterns, however heavy.
 */
const EVERY_DAY_DAYS = 25;

/**
 * Alcohol amounts, in US standard drinks (14 g) a day. SA Health's withdrawal guideline: significant
 * withdrawal is likely above 8 Australian standard drinks (10 g) a day for men and 6 for women —
 * about 6 and 4 US drinks — and does not occur without dependence; one or two drinks a day is not a
 * dependence pattern.
 */
const ALCOHOL_LOW_DRINKS = 2;
const ALCOHOL_HEAVY_DRINKS = 6;
const ALCOHOL_HEAVY_DRINKS_WOMEN = 4;

/** Hours within which a depressant used counts as "in the body now" for intoxication combinations. */
const RECENT_USE_HOURS = 24;

export type UseClass = 'sedative' | 'opioid' | 'other';

/** A set of use classes as bits: one small number instead of a Set per case on the hot path. */
export type ClassSet = number;
const BIT: Readonly<Record<UseClass, number>> = { sedative: 1, opioid: 2, other: 4 };
export const hasClass = (set: ClassSet, cls: UseClass): boolean => (set & BIT[cls]) !== 0;

const CLASS_OF: Readonly<Record<Substance['name'], UseClass | null>> = {
  alcohol: 'sedative',
  benzodiazepines: 'sedative',
  sedatives: 'sedative',
  opioids: 'opioid',
  // Stimulant, cannabis, hallucinogen and inhalant withdrawal is not medically dangerous (TIP 45;
  // Monograph 51). "Other" is not assumed to be a sedative: it is often not a drug at all.
  stimulants: 'other',
  cannabis: 'other',
  hallucinogens: 'other',
  inhalants: 'other',
  other: 'other',
  tobacco: null,
};

/** How the person uses, class by class: what withdrawal can come from and what the use disorder is. */
export interface UseProfile {
  readonly activeUse: boolean;
  readonly disorder: number;
  readonly activeDisorder: number;
  readonly remittedDisorder: number;
  readonly severeNonOpioidActive: boolean;
  readonly severeNonOpioidRemitted: boolean;
  readonly alcoholSeverityModerateOrSevere: boolean;
  readonly injectionUse: boolean;
  readonly stimulantUse: boolean;
  readonly tobaccoUse: boolean;
  readonly opioidUse: boolean;
  readonly opioidDisorder: boolean;
  readonly sedativeDailyUse: boolean;
  readonly benzodiazepineDailyUse: boolean;
  /** Classes used this month. */
  readonly used: ClassSet;
  /** Classes whose pattern of use can cause withdrawal now (near-daily, enough of it). */
  readonly dependent: ClassSet;
  /** Classes whose withdrawal is still ahead if the person stops: dependent, not a medicine continued as prescribed. */
  readonly stopping: ClassSet;
  /** Fewest hours since any alcohol or sedative was used (NaN: unknown). */
  readonly sedativeLastHours: number;
  /** Fewest hours since the last use of a class that can cause withdrawal (NaN: unknown). */
  readonly hoursSince: Readonly<Record<UseClass, number>>;
  /** Some class in `stopping` did not say when it was last used. */
  readonly stoppingHoursUnknown: ClassSet;
  /**
   * Classes in `stopping` used every day with a moderate or severe disorder (or heavy drinking): a
   * pattern that makes withdrawal likely even when none was reported yet.
   */
  readonly stoppingStrong: ClassSet;
  readonly alcoholHeavy: boolean;
  /**
   * Alcohol or sedative withdrawal that comes from stopping at once (alcohol; a sedative used
   * outside a prescription with a moderate or severe disorder), as opposed to a prescribed
   * benzodiazepine that is tapered slowly as an outpatient (benzodiazepine tapering guideline, Rec. 5).
   */
  readonly abruptSedative: boolean;
  /**
   * Every alcohol or sedative used is known to be too little to cause withdrawal: alcohol at one or
   * two drinks a day, or use on fewer than 20 days of the month (an intermittent pattern).
   */
  readonly sedativeTooLittle: boolean;
  /** Distinct depressants with dependence: alcohol, benzodiazepines or sedatives, opioids. */
  readonly dependentDepressants: number;
  /** Distinct depressants used in the last day (or at an unknown time this month). */
  readonly depressantsNow: number;
  readonly assumedActive: boolean;
}

const bitCount = (bits: number): number => (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);

const HEAVY = (c: CareCase): number => (c.sex === 'female' ? ALCOHOL_HEAVY_DRINKS_WOMEN : ALCOHOL_HEAVY_DRINKS);

/** Read the substances of a case into a use profile, writing down every severity it had to infer. */
export function deriveUse(c: CareCase, assumptions: Message[]): UseProfile {
  let activeUse = false;
  let disorder = 0;
  let activeDisorder = 0;
  let remittedDisorder = 0;
  let severeNonOpioidActive = false;
  let severeNonOpioidRemitted = false;
  let alcoholSeverityModerateOrSevere = false;
  let injectionUse = false;
  let stimulantUse = false;
  let tobaccoUse = false;
  let opioidUse = false;
  let opioidDisorder = false;
  let sedativeDailyUse = false;
  let benzodiazepineDailyUse = false;
  let alcoholHeavy = false;
  let abruptSedative = false;
  let sedativeTooLittle = true;
  let sedativeLastHours = Number.NaN;
  let assumedActive = false;
  let used: ClassSet = 0;
  let dependent: ClassSet = 0;
  let stopping: ClassSet = 0;
  let stoppingHoursUnknown: ClassSet = 0;
  let stoppingStrong: ClassSet = 0;
  const hoursSince: Record<UseClass, number> = { sedative: Number.NaN, opioid: Number.NaN, other: Number.NaN };
  // Alcohol 1, other sedatives 2, opioids 4: counted as distinct depressants.
  let dependentDepressants = 0;
  let depressantsNow = 0;

  for (const s of c.substances ?? []) {
    const days = s.daysUsedLast30;
    const inUse = days == null ? true : days > 0;
    // A medicine taken as prescribed (methadone or buprenorphine treatment, a benzodiazepine from
    // the person's doctor) is not use of the disorder: the disorder it treats is in remission on it.
    const active = inUse && !(s.prescribed === true && s.name !== 'alcohol');
    if (s.name === 'tobacco') {
      if (active) tobaccoUse = true;
      continue;
    }
    if (days == null) assumedActive = true;
    let severity = s.disorderSeverity == null ? -1 : scalePosition('disorder', s.disorderSeverity);
    if (severity < 0) {
      // Not given: a medicine taken as prescribed is not assumed to be a disorder; otherwise infer
      // conservatively from how often and how the person uses, and say so.
      const inferred = s.prescribed === true && s.name !== 'alcohol' ? 0 : (days ?? 0) >= DAILY_DAYS || s.route === 'injected' ? 2 : 1;
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
    if (s.route === 'injected' && active) injectionUse = true;

    const cls = CLASS_OF[s.name] as UseClass;
    if (active) used |= BIT[cls];
    const daily = (days ?? 0) >= DAILY_DAYS;
    const lowAlcohol = s.name === 'alcohol' && s.amountPerDay != null && s.amountPerDay <= ALCOHOL_LOW_DRINKS;
    const depends = daily && !lowAlcohol;
    const depressant = s.name === 'opioids' ? 4 : cls === 'sedative' ? (s.name === 'alcohol' ? 1 : 2) : 0;

    if (cls === 'sedative') {
      if (active && (s.name === 'alcohol' || (s.prescribed !== true && severity >= 2))) abruptSedative = true;
      if (active && !lowAlcohol && !(days != null && days < DAILY_DAYS)) sedativeTooLittle = false;
      if (s.hoursSinceLastUse != null && !(s.hoursSinceLastUse >= sedativeLastHours)) sedativeLastHours = s.hoursSinceLastUse;
      if (daily) sedativeDailyUse = true;
      if (daily && s.name !== 'alcohol') benzodiazepineDailyUse = true;
      if (s.name === 'alcohol' && severity >= 2) alcoholSeverityModerateOrSevere = true;
      if (s.name === 'alcohol' && s.amountPerDay != null && s.amountPerDay >= HEAVY(c) && daily) alcoholHeavy = true;
    } else if (cls === 'opioid') {
      // Naloxone is for anyone taking opioids, prescribed or not.
      if (inUse) opioidUse = true;
      if (severity >= 1) opioidDisorder = true;
    } else if (s.name === 'stimulants' && active) {
      stimulantUse = true;
    }

    if (depends) {
      dependent |= BIT[cls];
      dependentDepressants |= depressant;
      // A medicine the person keeps taking as prescribed (a benzodiazepine, a pain medicine, methadone
      // or buprenorphine treatment) is continued or tapered by its prescriber, not stopped at once.
      // Alcohol is never a prescription, whatever the answer says.
      const continuing = s.prescribed === true && s.name !== 'alcohol';
      if (!continuing) {
        stopping |= BIT[cls];
        const heavy = s.name === 'alcohol' && s.amountPerDay != null && s.amountPerDay >= HEAVY(c);
        if ((days ?? 0) >= EVERY_DAY_DAYS && (severity >= 2 || heavy)) stoppingStrong |= BIT[cls];
        if (s.hoursSinceLastUse == null) stoppingHoursUnknown |= BIT[cls];
        else if (!(s.hoursSinceLastUse >= hoursSince[cls])) hoursSince[cls] = s.hoursSinceLastUse;
      }
    }
    if (inUse && !(s.hoursSinceLastUse != null && s.hoursSinceLastUse > RECENT_USE_HOURS)) depressantsNow |= depressant;
  }
  if (assumedActive) assumptions.push({ code: 'use-days-unknown' });

  return {
    activeUse,
    disorder,
    activeDisorder,
    remittedDisorder,
    severeNonOpioidActive,
    severeNonOpioidRemitted,
    alcoholSeverityModerateOrSevere,
    injectionUse,
    stimulantUse,
    tobaccoUse,
    opioidUse,
    opioidDisorder,
    sedativeDailyUse,
    benzodiazepineDailyUse,
    used,
    dependent,
    stopping,
    hoursSince,
    stoppingHoursUnknown,
    stoppingStrong,
    alcoholHeavy,
    abruptSedative,
    sedativeTooLittle: sedativeTooLittle && hasClass(used, 'sedative'),
    sedativeLastHours,
    dependentDepressants: bitCount(dependentDepressants),
    depressantsNow: bitCount(depressantsNow),
    assumedActive,
  };
}
