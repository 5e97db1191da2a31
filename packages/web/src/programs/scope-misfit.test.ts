import { describe, expect, it } from 'vitest';
import { UI } from '../i18n/i18n.js';
import { scopeMisfit } from './scope-misfit.js';

const p = UI.en.programs;

describe('scopeMisfit', () => {
  it('says when a program treats only the other kind of problem', () => {
    expect(scopeMisfit('substance-use', 'mental-health', p)).toBe(p.onlyMentalHealth);
    expect(scopeMisfit('mental-health', 'substance-use', p)).toBe(p.onlySubstanceUse);
    // Someone worried about both needs both: a one-sided program is flagged either way.
    expect(scopeMisfit('co-occurring', 'mental-health', p)).toBe(p.onlyMentalHealth);
    expect(scopeMisfit('co-occurring', 'substance-use', p)).toBe(p.onlySubstanceUse);
  });
  it('stays quiet when it fits or nothing is known', () => {
    expect(scopeMisfit('substance-use', 'co-occurring', p)).toBeNull();
    expect(scopeMisfit('mental-health', 'mental-health', p)).toBeNull();
    expect(scopeMisfit(undefined, 'mental-health', p)).toBeNull();
    expect(scopeMisfit('substance-use', undefined, p)).toBeNull();
  });
});
