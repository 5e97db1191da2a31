import { describe, expect, it } from 'vitest';
import { ASQ, AUDIT, AUDIT_C, CIWA_AR, COWS, DAST10, GAD7, INSTRUMENTS, PHQ2, PHQ9, READINESS_RULER } from './definitions.js';
import { bandForTotal, maxTotal, scoreInstrument } from './score.js';

describe('instrument scoring matches the published scoring on worked examples', () => {
  it('PHQ-9: the sum of nine 0–3 items, banded at 5/10/15/20, with item 9 flagged above 0', () => {
    expect(scoreInstrument(PHQ9, [2, 3, 2, 2, 2, 2, 2, 2, 1])).toEqual({
      total: 18,
      band: 'moderately-severe',
      flags: ['phq9-item9-positive'],
    });
    expect(scoreInstrument(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ total: 0, band: 'minimal' });
    expect(scoreInstrument(PHQ9, [1, 1, 1, 1, 1, 0, 0, 0, 0]).band).toBe('mild');
    expect(scoreInstrument(PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 1]).band).toBe('mild');
    expect(scoreInstrument(PHQ9, [2, 2, 2, 2, 2, 0, 0, 0, 0]).band).toBe('moderate');
    expect(scoreInstrument(PHQ9, [3, 3, 3, 3, 3, 3, 2, 0, 0]).band).toBe('severe');
    expect(scoreInstrument(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 3]).total).toBe(27);
  });

  it('PHQ-2: positive at 3 or more', () => {
    expect(scoreInstrument(PHQ2, [1, 1]).band).toBe('negative');
    expect(scoreInstrument(PHQ2, [2, 1])).toEqual({ total: 3, band: 'positive' });
  });

  it('GAD-7: banded at 5/10/15', () => {
    expect(scoreInstrument(GAD7, [2, 2, 1, 2, 1, 1, 1])).toEqual({ total: 10, band: 'moderate' });
    expect(scoreInstrument(GAD7, [3, 3, 3, 3, 3, 3, 3])).toEqual({ total: 21, band: 'severe' });
    expect(scoreInstrument(GAD7, [1, 1, 1, 1, 0, 0, 0]).band).toBe('minimal');
  });

  it('AUDIT-C: positive at 4 for men and 3 for women; 8 or more high risk', () => {
    expect(scoreInstrument(AUDIT_C, [1, 1, 1]).band).toBe('negative');
    expect(scoreInstrument(AUDIT_C, [1, 1, 1], 'female').band).toBe('positive');
    expect(scoreInstrument(AUDIT_C, [2, 1, 1], 'male').band).toBe('positive');
    expect(scoreInstrument(AUDIT_C, [3, 2, 2])).toEqual({ total: 7, band: 'positive' });
    expect(scoreInstrument(AUDIT_C, [4, 2, 2]).band).toBe('high-risk');
  });

  it('AUDIT: ten items with 9 and 10 scored 0/2/4, zones at 8/16/20', () => {
    expect(scoreInstrument(AUDIT, [0, 1, 2, 3, 4, 0, 1, 2, 0, 4])).toEqual({ total: 17, band: 'harmful' });
    expect(scoreInstrument(AUDIT, [2, 1, 1, 1, 1, 0, 1, 1, 0, 0])).toEqual({ total: 8, band: 'hazardous' });
    expect(scoreInstrument(AUDIT, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4])).toEqual({ total: 40, band: 'possible-dependence' });
    expect(scoreInstrument(AUDIT, [1, 1, 1, 1, 1, 0, 0, 0, 0, 2]).band).toBe('low-risk');
  });

  it('DAST-10: item 3 ("able to stop") counts when answered no', () => {
    // All "no": only the reverse-scored item 3 counts.
    expect(scoreInstrument(DAST10, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ total: 1, band: 'low' });
    // The contract's example: yes to 1, 4, 8 and yes to item 3 (able to stop) → 3.
    expect(scoreInstrument(DAST10, [1, 0, 1, 1, 0, 0, 0, 1, 0, 0])).toEqual({ total: 3, band: 'moderate' });
    expect(scoreInstrument(DAST10, [1, 0, 0, 1, 0, 0, 0, 1, 0, 0]).total).toBe(4);
    expect(scoreInstrument(DAST10, [1, 1, 0, 1, 1, 1, 1, 1, 1, 1])).toEqual({ total: 10, band: 'severe' });
    expect(scoreInstrument(DAST10, [1, 1, 0, 1, 1, 1, 0, 0, 0, 0]).band).toBe('substantial');
  });

  it('CIWA-Ar: ten items (orientation 0–4), bands under 10 / 10–18 / 19+', () => {
    expect(scoreInstrument(CIWA_AR, [0, 1, 2, 1, 0, 0, 0, 1, 2, 0])).toEqual({ total: 7, band: 'mild' });
    expect(scoreInstrument(CIWA_AR, [2, 3, 2, 2, 1, 0, 0, 0, 1, 0]).band).toBe('moderate');
    expect(scoreInstrument(CIWA_AR, [3, 4, 4, 3, 3, 1, 1, 0, 2, 2])).toEqual({ total: 23, band: 'severe' });
    expect(maxTotal(CIWA_AR)).toBe(67);
    expect(bandForTotal(CIWA_AR, 9)).toBe('mild');
    expect(bandForTotal(CIWA_AR, 10)).toBe('moderate');
    expect(bandForTotal(CIWA_AR, 19)).toBe('severe');
  });

  it('COWS: eleven items with their own values, bands 5–12 / 13–24 / 25–36 / over 36, maximum 48', () => {
    expect(scoreInstrument(COWS, [0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0])).toEqual({ total: 8, band: 'mild' });
    expect(scoreInstrument(COWS, [1, 2, 1, 2, 2, 2, 2, 1, 1, 0, 0])).toEqual({ total: 14, band: 'moderate' });
    expect(bandForTotal(COWS, 4)).toBe('none');
    expect(bandForTotal(COWS, 25)).toBe('moderately-severe');
    expect(bandForTotal(COWS, 36)).toBe('moderately-severe');
    expect(bandForTotal(COWS, 37)).toBe('severe');
    expect(maxTotal(COWS)).toBe(48);
  });

  it('ASQ: any yes to questions 1–4 is positive; yes to question 5 is acute', () => {
    expect(scoreInstrument(ASQ, [0, 0, 0, 0])).toEqual({ total: 0, band: 'negative' });
    expect(scoreInstrument(ASQ, [0, 1, 0, 0, 0])).toEqual({ total: 1, band: 'non-acute-positive' });
    expect(scoreInstrument(ASQ, [1, 1, 1, 0, 1])).toEqual({ total: 3, band: 'acute-positive' });
  });

  it('readiness ruler: 0–3 low, 4–6 moderate, 7–10 high', () => {
    expect(scoreInstrument(READINESS_RULER, [3]).band).toBe('low');
    expect(scoreInstrument(READINESS_RULER, [6]).band).toBe('moderate');
    expect(scoreInstrument(READINESS_RULER, [9]).band).toBe('high');
  });

  it('every instrument records its licence and source, and the product-specified LOINC codes', () => {
    for (const def of INSTRUMENTS) {
      expect(def.license, def.key).toBeTruthy();
      expect(def.source.length, def.key).toBeGreaterThan(10);
    }
    expect(PHQ9.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(PHQ2.loinc?.total).toBe('55758-7');
    expect(GAD7.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(AUDIT.loinc?.total).toBe('75624-7');
    expect(AUDIT_C.loinc).toEqual({ panel: '72109-2', total: '75626-2' });
    expect(DAST10.loinc).toEqual({ panel: '82666-9', total: '82667-7' });
  });
});
