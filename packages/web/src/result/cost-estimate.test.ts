import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost-estimate.js';

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
