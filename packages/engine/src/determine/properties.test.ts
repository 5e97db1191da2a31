import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determine } from './determine.js';
import { levelIntensity, withdrawalIntensity } from '../levels/levels.js';
import { recommend } from '../recommendation/render.js';
import { isRecommendation, validateRecommendation } from '../recommendation/recommendation-schema.js';
import { validateCase } from '../case/validate-case.js';
import { validCase } from '../test-support/case-arbitrary.js';
import { WORSENINGS } from '../test-support/worsenings.js';

const RUNS = Number(process.env.CARELEVEL_PROPERTY_RUNS ?? 3000);

// Deep runs for hunting: CARELEVEL_PROPERTY_RUNS=30000 npx vitest run packages/engine/src/determine/properties.test.ts
describe('engine properties over generated valid cases', { timeout: 600_000 }, () => {
  it('generated cases are valid carelevel-case/1 documents (the generator itself is right)', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const v = validateCase(c);
        expect(v.ok ? [] : v.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and always returns a valid carelevel-recommendation/1, in English and Spanish', () => {
    fc.assert(
      fc.property(validCase, fc.constantFrom('en' as const, 'es' as const), (c, locale) => {
        const rec = recommend(c, { locale });
        expect(validateRecommendation(rec)).toEqual([]);
        // The fast check agrees (the server reads stored recommendations back through it).
        expect(isRecommendation(JSON.parse(JSON.stringify(rec)))).toBe(true);
        expect(rec.dimensions.map((d) => d.dimension)).toEqual([1, 2, 3, 4, 5, 6]);
        // The recommended level is never below any dimension's minimum.
        for (const d of rec.dimensions) expect(levelIntensity(rec.level)).toBeGreaterThanOrEqual(levelIntensity(d.minimumLevel));
        // Withdrawal is managed where the person will be: never as an outpatient beside a 24-hour level.
        if (levelIntensity(rec.level) >= levelIntensity('residential-low')) expect(rec.withdrawalManagement).not.toBe('ambulatory');
        // A crisis always comes with a level to go to once it is handled.
        if (rec.crisis) expect(levelIntensity(rec.level)).toBeGreaterThanOrEqual(levelIntensity('residential-medical'));
        // Every sentence was found in the locale (an untranslated code would show as a bare code).
        const sentences = [...rec.whatWouldChange, ...rec.assumptions, ...rec.warnings, ...rec.dimensions.flatMap((d) => d.reasons)];
        for (const s of sentences) expect(s).toMatch(/\s/);
      }),
      { numRuns: RUNS },
    );
  });

  it('safety monotonicity: making any one clinical answer worse never lowers the level or withdrawal management, nor removes a crisis or an urgent flag', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const before = determine(c);
        for (const w of WORSENINGS) {
          const worse = w.apply(c);
          if (worse === null) continue;
          const after = determine(worse);
          const context = `${w.name}: ${JSON.stringify(c)}`;
          expect(levelIntensity(after.level), `level fell after ${context}`).toBeGreaterThanOrEqual(levelIntensity(before.level));
          expect(withdrawalIntensity(after.withdrawalManagement), `withdrawal management fell after ${context}`).toBeGreaterThanOrEqual(
            withdrawalIntensity(before.withdrawalManagement),
          );
          if (before.crisis !== null) expect(after.crisis, `crisis removed after ${context}`).not.toBeNull();
          // Something to act on today stays so, unless it became an emergency.
          if (after.crisis === null)
            for (const u of before.urgents) expect(after.urgents, `urgent ${u} dropped after ${context}`).toContain(u);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same case always gives the same decision', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        expect(determine(structuredClone(c))).toEqual(determine(c));
      }),
      { numRuns: 200 },
    );
  });
});
