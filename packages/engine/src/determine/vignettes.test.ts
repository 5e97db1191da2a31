import { describe, expect, it } from 'vitest';
import { assess } from '../recommendation/assess.js';
import { devCaseNames, devVignette } from '../test-support/shared-files.js';

/** The shared development vignettes (read from ../shared, never copied into the repo). */
const names = devCaseNames();

describe('development vignettes', () => {
  it('finds the vignettes', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  for (const name of names) {
    const v = devVignette(name);
    it(`${name}.json: ${v.expected.level}, withdrawal ${v.expected.withdrawalManagement}, crisis ${String(v.expected.crisis)}`, () => {
      const result = assess({ format: 'carelevel-case/1', ...v.case });
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const r = result.recommendation;
      expect(v.expected.acceptable).toContain(r.level);
      if (v.expected.withdrawalManagement === 'any-but-none') expect(r.withdrawalManagement).not.toBe('none');
      else expect(r.withdrawalManagement).toBe(v.expected.withdrawalManagement);
      if (v.expected.crisis === 'any') expect(r.crisis).not.toBeNull();
      else expect(r.crisis?.kind ?? null).toBe(v.expected.crisis);
      for (const m of v.expected.offerMedication ?? []) expect(r.offerMedication).toContain(m);
      if (v.expected.mustListAssumptions) expect(r.assumptions.length).toBeGreaterThan(0);
      // Every recommendation explains itself: reasons in every dimension and what would change it.
      for (const d of r.dimensions) expect(d.reasons.length).toBeGreaterThan(0);
      expect(r.whatWouldChange.length).toBeGreaterThan(0);
    });
  }
});
