import { describe, expect, it } from 'vitest';
import { addsDanger, crisisFromAnswers, crisesFromAnswers } from './crisis-check.js';

describe('the immediate crisis check', () => {
  it('finds no danger in calm answers', () => {
    expect(crisisFromAnswers({ suicide: 'thoughts', harmOthers: 'worried', dangerNow: ['none'] })).toBeNull();
  });

  it('lists every danger, most urgent first', () => {
    expect(crisesFromAnswers({ suicide: 'plan', dangerNow: ['medical'] })).toEqual(['medical-emergency', 'suicide-risk']);
    expect(crisisFromAnswers({ suicide: 'plan', dangerNow: ['medical'] })).toBe('medical-emergency');
  });

  it('opens the crisis screen again for a second, different danger (after "I am safe now")', () => {
    const first = { suicide: 'plan' };
    expect(addsDanger({}, first)).toBe(true);
    expect(addsDanger(first, { ...first, dangerNow: ['medical'] })).toBe(true);
    expect(addsDanger(first, { ...first, withdrawalNow: 'severe' })).toBe(true);
    // The same danger answered again, or a calm answer next to it, does not send the person back.
    expect(addsDanger(first, { ...first, harmOthers: 'no' })).toBe(false);
    expect(addsDanger({ ...first, dangerNow: ['medical'] }, first)).toBe(false);
  });
});
