import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../recommendation/assess.js';
import type { VignetteExpectation } from '../test-support/vignette.js';

/** The shared development vignettes (read from ../shared, never copied into the repo). */
const DIR = new URL('../../../../../shared/cases/dev/', import.meta.url).pathname;

interface Vignette {
  why: string;
  case: Record<string, unknown>;
  expected: VignetteExpectation;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('development vignettes', () => {
  it('finds the vignettes', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of files) {
    const v = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Vignette;
    it(`${file}: ${v.expected.level}, withdrawal ${v.expected.withdrawalManagement}, crisis ${String(v.expected.crisis)}`, () => {
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
