import { LEVELS, type LevelCode } from '@carelevel/engine';

export interface CostInputs {
  readonly ratePerDay: number;
  readonly days: number;
  /** What is left of the deductible this year. */
  readonly deductible: number;
  /** The person's share after the deductible, 0–100. */
  readonly coinsurancePercent: number;
  /** What is left of the out-of-pocket maximum this year; undefined when the plan has none or it is unknown. */
  readonly outOfPocketMax?: number;
}

export interface CostEstimate {
  readonly total: number;
  readonly youPay: number;
  readonly planPays: number;
}

const money = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

/**
 * The usual cost-sharing order: the person pays the deductible first, then their coinsurance share,
 * and never more than the out-of-pocket maximum. Copays and network rules vary; the page says so.
 */
export function estimateCost(i: CostInputs): CostEstimate {
  const total = money(i.ratePerDay) * money(i.days);
  const deductiblePart = Math.min(total, money(i.deductible));
  const share = Math.min(100, money(i.coinsurancePercent)) / 100;
  let youPay = deductiblePart + (total - deductiblePart) * share;
  if (i.outOfPocketMax !== undefined && Number.isFinite(i.outOfPocketMax)) youPay = Math.min(youPay, money(i.outOfPocketMax));
  youPay = Math.round(youPay);
  return { total: Math.round(total), youPay, planPays: Math.round(total) - youPay };
}

/**
 * Days a program usually charges for, to start the estimator. A program's price is per day of
 * care, so a 24-hour stay counts every night but care from home counts only the days one goes: IOP
 * usually meets 3 days a week (3 to 5), a day program 5, outpatient about once a week. Counting
 * calendar days for care from home would more than double the guess (IOP: 81 days instead of 35).
 */
const DAYS_PER_WEEK_AT_HOME: Readonly<Partial<Record<LevelCode, number>>> = {
  'recovery-support': 1,
  'early-intervention': 1,
  outpatient: 1,
  'intensive-outpatient': 3,
  'partial-hospitalization': 5,
};

export function typicalBilledDays(level: LevelCode): number {
  const l = LEVELS[level];
  const calendarDays = (l.typicalStay.minDays + l.typicalStay.maxDays) / 2;
  if (l.sleepsAt !== 'home') return Math.round(calendarDays);
  const perWeek = DAYS_PER_WEEK_AT_HOME[level] ?? 1;
  return Math.max(1, Math.round((calendarDays / 7) * perWeek));
}
