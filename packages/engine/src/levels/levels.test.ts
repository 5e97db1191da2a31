import { describe, expect, it } from 'vitest';
import { LEVELS, LEVEL_CODES, higherLevel, isLevelCode, levelIntensity, stepUp } from './levels.js';

describe('the level taxonomy', () => {
  it('orders levels from least to most intensive, and intensity is the position', () => {
    expect(LEVEL_CODES[0]).toBe('recovery-support');
    expect(LEVEL_CODES.at(-1)).toBe('inpatient-medical');
    LEVEL_CODES.forEach((code, i) => {
      expect(LEVELS[code].intensity).toBe(i);
    });
    expect(higherLevel('outpatient', 'residential-high')).toBe('residential-high');
    expect(stepUp('outpatient')).toBe('intensive-outpatient');
    expect(stepUp('inpatient-medical')).toBe('inpatient-medical');
  });

  it('cross-walks each level to ASAM-style numbers, LOCUS levels and locator service settings', () => {
    expect(LEVELS['intensive-outpatient'].crosswalk).toEqual({ asam: '2.1', locus: [3], locatorSettings: ['OIT'] });
    expect(LEVELS['partial-hospitalization'].crosswalk.locatorSettings).toEqual(['ODT']);
    expect(LEVELS['residential-high'].crosswalk.asam).toBe('3.5');
    expect(LEVELS['inpatient-medical'].crosswalk.locatorSettings).toContain('HI');
    for (const code of LEVEL_CODES) {
      const l = LEVELS[code];
      expect(l.typicalStay.minDays).toBeLessThan(l.typicalStay.maxDays);
      expect(l.crosswalk.locus.every((n) => n >= 0 && n <= 6)).toBe(true);
    }
  });

  it('keeps IOP at 9–19 hours a week for adults and from 6 for adolescents, PHP at 20 or more', () => {
    expect(LEVELS['intensive-outpatient'].hoursPerWeek.adult).toEqual({ min: 9, below: 20 });
    expect(LEVELS['intensive-outpatient'].hoursPerWeek.adolescent.min).toBe(6);
    expect(LEVELS['partial-hospitalization'].hoursPerWeek.adult.min).toBe(20);
    expect(LEVELS.outpatient.hoursPerWeek.adult.below).toBe(9);
  });

  it('recognizes level codes and rejects anything else', () => {
    expect(isLevelCode('residential-low')).toBe(true);
    expect(isLevelCode('residential')).toBe(false);
    expect(isLevelCode(3)).toBe(false);
    expect(levelIntensity('outpatient')).toBe(2);
  });
});
