import { describe, expect, it } from 'vitest';
import { ageOn } from './age-on.js';

describe('age on the interview day', () => {
  it('goes up on the birthday, not the day before', () => {
    expect(ageOn('1984-03-27', '2026-03-26')).toBe(41);
    expect(ageOn('1984-03-27', '2026-03-27')).toBe(42);
  });

  it('counts a 29 February birthday on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('has no age for a birth after the interview or a day not written as a day', () => {
    expect(ageOn('2027-01-01', '2026-12-05')).toBeNull();
    expect(ageOn('3/27/1984', '2026-12-05')).toBeNull();
    expect(ageOn('1984-03-27', '')).toBeNull();
  });
});
