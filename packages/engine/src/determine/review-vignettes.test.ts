import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CareCase } from '../case/case-schema.js';
import { validateCase } from '../case/validate-case.js';
import { LEVEL_CODES, type LevelCode } from '../levels/levels.js';
import type { VarianceReason } from '../levels/variance.js';
import { assess } from '../recommendation/assess.js';
import { transition } from '../transitions/transition.js';
import type { VignetteExpectation } from '../test-support/vignette.js';

/**
 * Vignettes written in five rounds of clinical review (packages/engine/test-vignettes, a… to e…),
 * each round blind to the engine's rules, each with the expert's answer and every answer a careful
 * clinician could defend. The shared dev vignettes guard the examples we were given; these guard
 * the rest. Rounds 4 and 5 (d…, e…) add urgent flags, supports, medication that must not be
 * offered, and reassessments (continued-stay reviews); round 5 was written after round 4's fixes,
 * to catch rules fitted to round 4.
 */
const DIR = new URL('../../test-vignettes/', import.meta.url).pathname;

interface PlacementExpectation extends VignetteExpectation {
  withdrawalAcceptable?: string[];
  /** Where more than one answer is defensible: null, a kind, or "any". */
  crisisAcceptable?: (string | null)[];
  /** An urgent flag must (true, or that kind) or must not (false) be raised; checked when no crisis is. */
  urgent?: boolean | string;
  mustNotOfferMedication?: string[];
  /** Support codes that must be listed (`naloxone` is the naloxone warning). */
  supports?: string[];
}

interface Placement {
  why: string;
  case: Record<string, unknown>;
  expected: PlacementExpectation;
}

interface Reassessment {
  why: string;
  transition: {
    currentLevel: LevelCode;
    previous: Record<string, unknown>;
    current: Record<string, unknown>;
    chosenBecause?: VarianceReason;
  };
  expected: { action: string; acceptableActions?: string[]; to?: string[] };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Placement | Reassessment] as const);
const placements = files.filter((x): x is readonly [string, Placement] => 'case' in x[1]);
const reassessments = files.filter((x): x is readonly [string, Reassessment] => 'transition' in x[1]);

const asCase = (doc: Record<string, unknown>): CareCase => {
  const v = validateCase({ format: 'carelevel-case/1', ...doc });
  expect(v.ok ? [] : v.errors).toEqual([]);
  return (v.ok ? v.value : doc) as CareCase;
};

describe('review vignettes', () => {
  it('holds at least 30 round-4 vignettes, reassessments among them', () => {
    expect(files.filter(([f]) => f.startsWith('d')).length).toBeGreaterThanOrEqual(30);
    expect(reassessments.length).toBeGreaterThanOrEqual(5);
  });

  for (const [file, v] of placements) {
    it(`${file}: a defensible level (${v.expected.acceptable.join(', ')}), withdrawal setting and crisis`, () => {
      const r = assess({ format: 'carelevel-case/1', ...v.case });
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (!r.ok) return;
      const rec = r.recommendation;
      const e = v.expected;
      expect(e.acceptable).toContain(rec.level);
      const wmOk =
        e.withdrawalManagement === 'any-but-none'
          ? rec.withdrawalManagement !== 'none'
          : (e.withdrawalAcceptable ?? [e.withdrawalManagement]).includes(rec.withdrawalManagement);
      expect(wmOk, `withdrawal ${rec.withdrawalManagement}`).toBe(true);
      const kind = rec.crisis?.kind ?? null;
      const crisisOk = (e.crisisAcceptable ?? [e.crisis]).some((x) => (x === 'any' ? kind !== null : x === kind));
      expect(crisisOk, `crisis ${String(kind)}`).toBe(true);
      if (e.urgent !== undefined && kind === null) {
        const urgents: readonly string[] = rec.urgents ?? [];
        if (e.urgent === false) expect(urgents, 'no urgent flag').toEqual([]);
        else if (e.urgent === true) expect(urgents.length, 'an urgent flag').toBeGreaterThan(0);
        // Round 4's reviewers named the withdrawal kind before it had its final name.
        else expect(urgents).toContain(e.urgent === 'withdrawal-expected' ? 'withdrawal-monitoring' : e.urgent);
      }
      if (e.mustListAssumptions) expect(rec.assumptions.length).toBeGreaterThan(0);
      for (const m of e.offerMedication ?? []) expect(rec.offerMedication).toContain(m);
      for (const m of e.mustNotOfferMedication ?? []) expect(rec.offerMedication).not.toContain(m);
      for (const s of e.supports ?? []) {
        if (s === 'naloxone') expect(rec.codes?.warnings.map((w) => w.code)).toContain('naloxone');
        else expect((rec.supports ?? []).map((x) => x.code)).toContain(s);
      }
    });
  }

  for (const [file, v] of reassessments) {
    const e = v.expected;
    it(`${file}: ${(e.acceptableActions ?? [e.action]).join(' or ')} at reassessment`, () => {
      const t = v.transition;
      const result = transition({
        currentLevel: t.currentLevel,
        previous: asCase(t.previous),
        current: asCase(t.current),
        ...(t.chosenBecause ? { chosenBecause: t.chosenBecause } : {}),
      });
      expect(e.acceptableActions ?? [e.action]).toContain(result.action);
      if (e.to && result.action !== 'continue') expect(e.to).toContain(result.to);
    });
  }

  it('match the expert level exactly in at least 80% and within one step in at least 95% (the product bar)', () => {
    let exact = 0;
    let withinOne = 0;
    for (const [, v] of placements) {
      const r = assess({ format: 'carelevel-case/1', ...v.case });
      if (!r.ok) continue;
      const d = Math.abs(LEVEL_CODES.indexOf(r.recommendation.level) - LEVEL_CODES.indexOf(v.expected.level as LevelCode));
      if (d === 0) exact++;
      if (d <= 1) withinOne++;
    }
    expect(exact / placements.length).toBeGreaterThanOrEqual(0.8);
    expect(withinOne / placements.length).toBeGreaterThanOrEqual(0.95);
  });
});
