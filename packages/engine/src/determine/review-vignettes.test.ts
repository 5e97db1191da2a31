import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVEL_CODES, type LevelCode } from '../levels/levels.js';
import { assess } from '../recommendation/assess.js';
import type { VignetteExpectation } from '../test-support/vignette.js';

/**
 * Eighty vignettes written in three rounds of clinical review (packages/engine/test-vignettes, a…,
 * b… and c…), each round blind to the engine's rules, each with the expert's level and every level a careful clinician could
 * defend. The shared dev vignettes guard the examples we were given; these guard the rest.
 */
const DIR = new URL('../../test-vignettes/', import.meta.url).pathname;

interface Vignette {
  why: string;
  case: Record<string, unknown>;
  expected: VignetteExpectation & {
    withdrawalAcceptable?: string[];
    /** Where more than one answer is defensible: null, a kind, or "any". */
    crisisAcceptable?: (string | null)[];
  };
}

const vignettes = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Vignette] as const);

describe('review vignettes', () => {
  for (const [file, v] of vignettes) {
    it(`${file}: a defensible level (${v.expected.acceptable.join(', ')}), withdrawal setting and crisis`, () => {
      const r = assess({ format: 'carelevel-case/1', ...v.case });
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (!r.ok) return;
      const rec = r.recommendation;
      expect(v.expected.acceptable).toContain(rec.level);
      const wmOk =
        v.expected.withdrawalManagement === 'any-but-none'
          ? rec.withdrawalManagement !== 'none'
          : (v.expected.withdrawalAcceptable ?? [v.expected.withdrawalManagement]).includes(rec.withdrawalManagement);
      expect(wmOk, `withdrawal ${rec.withdrawalManagement}`).toBe(true);
      const kind = rec.crisis?.kind ?? null;
      const crisisOk = (v.expected.crisisAcceptable ?? [v.expected.crisis]).some((x) => (x === 'any' ? kind !== null : x === kind));
      expect(crisisOk, `crisis ${String(kind)}`).toBe(true);
      if (v.expected.mustListAssumptions) expect(rec.assumptions.length).toBeGreaterThan(0);
      for (const m of v.expected.offerMedication ?? []) expect(rec.offerMedication).toContain(m);
    });
  }

  it('match the expert level exactly in at least 80% and within one step in at least 95% (the product bar)', () => {
    let exact = 0;
    let withinOne = 0;
    for (const [, v] of vignettes) {
      const r = assess({ format: 'carelevel-case/1', ...v.case });
      if (!r.ok) continue;
      const d = Math.abs(LEVEL_CODES.indexOf(r.recommendation.level) - LEVEL_CODES.indexOf(v.expected.level as LevelCode));
      if (d === 0) exact++;
      if (d <= 1) withinOne++;
    }
    expect(exact / vignettes.length).toBeGreaterThanOrEqual(0.8);
    expect(withinOne / vignettes.length).toBeGreaterThanOrEqual(0.95);
  });
});
