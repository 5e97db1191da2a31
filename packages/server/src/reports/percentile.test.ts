import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentile.js';

describe('report statistics', () => {
  it('gives no median or percentile for an empty list', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });

  it('takes the middle value of an odd list and the mean of the two middle values of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the nearest-rank 90th percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([10, 20], 90)).toBe(20);
    expect(percentile([7], 90)).toBe(7);
  });
});
