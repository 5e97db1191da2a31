import { describe, expect, it } from 'vitest';
import { median, percentile, type ValueCount } from './percentile.js';

/** Each value once, as a plain list. */
const once = (...values: number[]): ValueCount[] => values.map((value) => ({ value, count: 1 }));

describe('report statistics', () => {
  it('gives no median or percentile for an empty list', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
    expect(median([{ value: 3, count: 0 }])).toBeNull();
  });

  it('takes the middle value of an odd list and the mean of the two middle values of an even one', () => {
    expect(median(once(5, 1, 3))).toBe(3);
    expect(median(once(4, 1, 3, 2))).toBe(2.5);
  });

  it('takes the nearest-rank 90th percentile', () => {
    expect(percentile(once(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).toBe(9);
    expect(percentile(once(10, 20), 90)).toBe(20);
    expect(percentile(once(7), 90)).toBe(7);
  });

  it('reads counted values as the list of their repeats', () => {
    // 1, 1, 1, 10: the median is 1; 1, 1, 10, 10: the mean of 1 and 10.
    expect(
      median([
        { value: 10, count: 1 },
        { value: 1, count: 3 },
      ]),
    ).toBe(1);
    expect(
      median([
        { value: 10, count: 2 },
        { value: 1, count: 2 },
      ]),
    ).toBe(5.5);
    // 90 values of 2 and 10 of 50: the 90th is still 2, the 91st 50.
    expect(
      percentile(
        [
          { value: 50, count: 10 },
          { value: 2, count: 90 },
        ],
        90,
      ),
    ).toBe(2);
    expect(
      percentile(
        [
          { value: 50, count: 10 },
          { value: 2, count: 89 },
        ],
        90,
      ),
    ).toBe(50);
  });
});
