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
