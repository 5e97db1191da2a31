import { describe, expect, it } from 'vitest';
import { estimateCost, typicalBilledDays } from './cost-estimate.js';

describe('estimateCost', () => {
  it('charges the deductible first, then the coinsurance share', () => {
    expect(estimateCost({ ratePerDay: 500, days: 10, deductible: 1000, coinsurancePercent: 20 })).toEqual({
      total: 5000,
      youPay: 1800,
      planPays: 3200,
    });
  });
  it('never charges more than the out-of-pocket maximum', () => {
    expect(estimateCost({ ratePerDay: 1000, days: 30, deductible: 2000, coinsurancePercent: 30, outOfPocketMax: 4000 }).youPay).toBe(4000);
  });
  it('charges only the total when the deductible is larger than the stay', () => {
    expect(estimateCost({ ratePerDay: 100, days: 3, deductible: 5000, coinsurancePercent: 20 })).toEqual({
      total: 300,
      youPay: 300,
      planPays: 0,
    });
  });
  it('treats blank or negative numbers as zero rather than showing nonsense', () => {
    expect(estimateCost({ ratePerDay: Number.NaN, days: -2, deductible: 0, coinsurancePercent: 150 })).toEqual({
      total: 0,
      youPay: 0,
      planPays: 0,
    });
  });
});

describe('typicalBilledDays (the estimator starts from days a program charges for)', () => {
  it('counts every night of a 24-hour stay', () => {
    // residential-high usually 14 to 90 days: 52 nights.
    expect(typicalBilledDays('residential-high')).toBe(52);
  });
  it('counts only the days one goes for care from home, not calendar days', () => {
    // IOP 42 to 120 days ≈ 11.6 weeks, 3 days a week: 35 days, not 81.
    expect(typicalBilledDays('intensive-outpatient')).toBe(35);
    // Outpatient 60 to 365 days ≈ 30 weeks at about one visit a week, not 213 days.
    expect(typicalBilledDays('outpatient')).toBe(30);
    // A day program 10 to 42 days ≈ 3.7 weeks, 5 days a week.
    expect(typicalBilledDays('partial-hospitalization')).toBe(19);
  });
  it('then prices those days the usual way: $300 a day of IOP, $1,000 deductible, 20%, $2,500 limit', () => {
    const e = estimateCost({
      ratePerDay: 300,
      days: typicalBilledDays('intensive-outpatient'),
      deductible: 1000,
      coinsurancePercent: 20,
      outOfPocketMax: 2500,
    });
    // 35 × 300 = 10,500; 1,000 + 20% of 9,500 = 2,900, capped at 2,500.
    expect(e).toEqual({ total: 10500, youPay: 2500, planPays: 8000 });
  });
});
