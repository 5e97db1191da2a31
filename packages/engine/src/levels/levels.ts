/**
 * The continuum of care (docs/rules.md) as data.
 *
 * Names are carelevel's own. The ASAM-style numbers and LOCUS levels are carried only as codes for
 * interoperability with systems that speak them; no licensed criteria text is reproduced here.
 * Hour thresholds are cited to public law where it exists (Medicare IOP ≥ 9 h/week, 42 CFR 410.44;
 * PHP ≥ 20 h/week, 42 CFR 410.43 / 424.24(e)); see docs/clinical-sources.md.
 */

export const LEVEL_CODES = [
  'recovery-support',
  'early-intervention',
  'outpatient',
  'intensive-outpatient',
  'partial-hospitalization',
  'residential-low',
  'residential-high',
  'residential-medical',
  'inpatient-medical',
] as const;

/** A level of care, least intensive first. */
export type LevelCode = (typeof LEVEL_CODES)[number];

export type Setting = 'community' | 'home' | 'day-program' | 'residential' | 'hospital';

export interface DayRange {
  readonly minDays: number;
  readonly maxDays: number;
}

export interface HoursPerWeek {
  /** Inclusive lower bound; undefined where no scheduled clinical hours apply. */
  readonly min?: number;
  /** Exclusive upper bound; undefined when open-ended. */
  readonly below?: number;
}

export interface Level {
  readonly code: LevelCode;
  /** 0 = least intensive. The position in LEVEL_CODES. */
  readonly intensity: number;
  readonly setting: Setting;
  /** Where the person sleeps while in this level. */
  readonly sleepsAt: 'home' | 'program' | 'hospital';
  readonly twentyFourHour: boolean;
  readonly hoursPerWeek: { readonly adult: HoursPerWeek; readonly adolescent: HoursPerWeek };
  /** Typical length of stay, always a range, never a fixed term. */
  readonly typicalStay: DayRange;
  readonly crosswalk: {
    /** ASAM-style number, used as an interoperability code only. */
    readonly asam: string;
    /** LOCUS levels this corresponds to (0–6), as codes only. */
    readonly locus: readonly number[];
    /** Service-setting codes of the national treatment locator (locator-service-codes.csv). */
    readonly locatorSettings: readonly string[];
  };
}

const level = (l: Omit<Level, 'intensity'>): Level => ({ ...l, intensity: LEVEL_CODES.indexOf(l.code) });

export const LEVELS: Readonly<Record<LevelCode, Level>> = {
  'recovery-support': level({
    code: 'recovery-support',
    setting: 'community',
    sleepsAt: 'home',
    twentyFourHour: false,
    hoursPerWeek: { adult: {}, adolescent: {} },
    typicalStay: { minDays: 90, maxDays: 730 },
    crosswalk: { asam: 'aftercare', locus: [0, 1], locatorSettings: [] },
  }),
  'early-intervention': level({
    code: 'early-intervention',
    setting: 'community',
    sleepsAt: 'home',
    twentyFourHour: false,
    hoursPerWeek: { adult: { below: 9 }, adolescent: { below: 6 } },
    typicalStay: { minDays: 1, maxDays: 60 },
    crosswalk: { asam: '0.5', locus: [1], locatorSettings: [] },
  }),
  outpatient: level({
    code: 'outpatient',
    setting: 'home',
    sleepsAt: 'home',
    twentyFourHour: false,
    hoursPerWeek: { adult: { below: 9 }, adolescent: { below: 6 } },
    typicalStay: { minDays: 60, maxDays: 365 },
    crosswalk: { asam: '1', locus: [2], locatorSettings: ['OP', 'ORT', 'OMB'] },
  }),
  'intensive-outpatient': level({
    code: 'intensive-outpatient',
    setting: 'home',
    sleepsAt: 'home',
    twentyFourHour: false,
    hoursPerWeek: { adult: { min: 9, below: 20 }, adolescent: { min: 6, below: 20 } },
    typicalStay: { minDays: 42, maxDays: 120 },
    crosswalk: { asam: '2.1', locus: [3], locatorSettings: ['OIT'] },
  }),
  'partial-hospitalization': level({
    code: 'partial-hospitalization',
    setting: 'day-program',
    sleepsAt: 'home',
    twentyFourHour: false,
    hoursPerWeek: { adult: { min: 20 }, adolescent: { min: 20 } },
    typicalStay: { minDays: 10, maxDays: 42 },
    crosswalk: { asam: '2.5', locus: [4], locatorSettings: ['ODT'] },
  }),
  'residential-low': level({
    code: 'residential-low',
    setting: 'residential',
    sleepsAt: 'program',
    twentyFourHour: true,
    hoursPerWeek: { adult: { min: 5 }, adolescent: { min: 5 } },
    typicalStay: { minDays: 60, maxDays: 365 },
    crosswalk: { asam: '3.1', locus: [5], locatorSettings: ['RL', 'RES'] },
  }),
  'residential-high': level({
    code: 'residential-high',
    setting: 'residential',
    sleepsAt: 'program',
    twentyFourHour: true,
    hoursPerWeek: { adult: { min: 20 }, adolescent: { min: 20 } },
    typicalStay: { minDays: 14, maxDays: 90 },
    crosswalk: { asam: '3.5', locus: [5], locatorSettings: ['RS', 'RES'] },
  }),
  'residential-medical': level({
    code: 'residential-medical',
    setting: 'residential',
    sleepsAt: 'program',
    twentyFourHour: true,
    hoursPerWeek: { adult: { min: 20 }, adolescent: { min: 20 } },
    typicalStay: { minDays: 5, maxDays: 30 },
    crosswalk: { asam: '3.7', locus: [5, 6], locatorSettings: ['RS'] },
  }),
  'inpatient-medical': level({
    code: 'inpatient-medical',
    setting: 'hospital',
    sleepsAt: 'hospital',
    twentyFourHour: true,
    hoursPerWeek: { adult: {}, adolescent: {} },
    typicalStay: { minDays: 2, maxDays: 14 },
    crosswalk: { asam: '4', locus: [6], locatorSettings: ['HI', 'HIT', 'HID'] },
  }),
};

export const WITHDRAWAL_MANAGEMENT = ['none', 'ambulatory', 'residential', 'inpatient'] as const;
/** Where withdrawal can be managed safely, least intensive first. Decided beside the level. */
export type WithdrawalManagement = (typeof WITHDRAWAL_MANAGEMENT)[number];

/** Locator service-setting codes for each withdrawal-management setting. */
export const WITHDRAWAL_MANAGEMENT_LOCATOR_SETTINGS: Readonly<Record<WithdrawalManagement, readonly string[]>> = {
  none: [],
  ambulatory: ['OD'],
  residential: ['RD'],
  inpatient: ['HID'],
};

const levelRank: Readonly<Record<string, number>> = Object.fromEntries(LEVEL_CODES.map((c, i) => [c, i]));
const wmRank: Readonly<Record<string, number>> = Object.fromEntries(WITHDRAWAL_MANAGEMENT.map((c, i) => [c, i]));

export function isLevelCode(value: unknown): value is LevelCode {
  return typeof value === 'string' && levelRank[value] !== undefined;
}

/** Position of a level on the ladder (0 = least intensive). */
export function levelIntensity(code: LevelCode): number {
  return levelRank[code] as number;
}

export function withdrawalIntensity(code: WithdrawalManagement): number {
  return wmRank[code] as number;
}

export function higherLevel(a: LevelCode, b: LevelCode): LevelCode {
  return levelIntensity(a) >= levelIntensity(b) ? a : b;
}

export function higherWithdrawalManagement(a: WithdrawalManagement, b: WithdrawalManagement): WithdrawalManagement {
  return withdrawalIntensity(a) >= withdrawalIntensity(b) ? a : b;
}

/** The next level up the ladder, or the same level at the top. */
export function stepUp(code: LevelCode): LevelCode {
  return LEVEL_CODES[Math.min(levelIntensity(code) + 1, LEVEL_CODES.length - 1)] as LevelCode;
}
