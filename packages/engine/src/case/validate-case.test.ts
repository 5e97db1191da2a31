import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCase } from '../test-support/case-arbitrary.js';
import { assess } from '../recommendation/assess.js';
import { fieldPathText } from './field-path.js';
import type { FieldIssue } from './schema-builder.js';
import { formatIssues, validateCase } from './validate-case.js';

describe('validating a carelevel-case/1 document', () => {
  it('names the field path and the rule, in the contract\u2019s own words', () => {
    const v = validateCase({ format: 'carelevel-case/1', instruments: { phq9: [0, 1, 2, 3, 7, 0, 0, 0, 0] } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(formatIssues(v.errors)).toEqual(['instruments.phq9[4]: must be an integer 0..3, got 7']);
  });

  it('reports every error at once, not just the first', () => {
    const v = validateCase({
      format: 'carelevel-case/1',
      ageYears: -3,
      substances: [{ name: 'wine', daysUsedLast30: 31 }],
      withdrawal: { historySeizures: 'yes' },
      environment: { support: 'lots' },
      instruments: { gad7: [1, 2, 3], cows: [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(formatIssues(v.errors)).toEqual([
      'ageYears: must be an integer 0..120, got -3',
      'substances[0].name: must be one of "alcohol", "opioids", "benzodiazepines", "sedatives", "stimulants", "cannabis", "hallucinogens", "inhalants", "tobacco", "other", got "wine"',
      'substances[0].daysUsedLast30: must be an integer 0..30, got 31',
      'withdrawal.historySeizures: must be true or false, got "yes"',
      'environment.support: must be one of "strong", "some", "none", "undermining", got "lots"',
      'instruments.gad7: must have 7 items, got 3',
      'instruments.cows[0]: must be one of 0, 1, 2, 4, got 3',
    ]);
  });

  it('checks COWS items against each item\u2019s own allowed values', () => {
    const v = validateCase({ format: 'carelevel-case/1', instruments: { cows: [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } });
    expect(v.ok ? [] : formatIssues(v.errors)).toEqual(['instruments.cows[0]: must be one of 0, 1, 2, 4, got 3']);
  });

  it('requires the format field and rejects non-objects', () => {
    expect(validateCase({}).ok).toBe(false);
    const v = validateCase([]);
    expect(v.ok ? [] : formatIssues(v.errors)).toEqual(['(document): must be an object, got an array of 0']);
    const w = validateCase({ format: 'carelevel-case/2' });
    expect(w.ok ? [] : formatIssues(w.errors)).toEqual(['format: must be "carelevel-case/1", got "carelevel-case/2"']);
  });

  it('tolerates unknown extra fields, at the top and inside sections', () => {
    const v = validateCase({ format: 'carelevel-case/1', source: 'intake-form-v3', environment: { support: 'strong', pets: 2 } });
    expect(v.ok).toBe(true);
  });

  it('treats null on an optional field as "not known"', () => {
    expect(validateCase({ format: 'carelevel-case/1', ageYears: null, withdrawal: { current: null } }).ok).toBe(true);
  });

  it('accepts ASQ with four answers (question 5 only follows a positive screen) or five', () => {
    expect(validateCase({ format: 'carelevel-case/1', instruments: { asq: [0, 0, 0, 0] } }).ok).toBe(true);
    expect(validateCase({ format: 'carelevel-case/1', instruments: { asq: [0, 1, 0, 0, 1] } }).ok).toBe(true);
    expect(validateCase({ format: 'carelevel-case/1', instruments: { asq: [0, 1, 0] } }).ok).toBe(false);
  });
});

/** Ways to break a valid case, each with the path its error must name. */
const BREAKAGES: readonly ((c: Record<string, unknown>) => string)[] = [
  (c) => ((c.ageYears = 'forty'), 'ageYears'),
  (c) => ((c.population = 'child'), 'population'),
  (c) => ((c.substances = [{ name: 'alcohol', daysUsedLast30: 45 }]), 'substances[0].daysUsedLast30'),
  (c) => ((c.substances = 'alcohol'), 'substances'),
  (c) => ((c.withdrawal = { ciwaAr: 99 }), 'withdrawal.ciwaAr'),
  (c) => ((c.withdrawal = { monitoringAtHome: 1 }), 'withdrawal.monitoringAtHome'),
  (c) => ((c.mentalHealth = { suicideRisk: 'very-high' }), 'mentalHealth.suicideRisk'),
  (c) => ((c.readiness = { importance: 11 }), 'readiness.importance'),
  (c) => (
    (c.relapsePotential = { priorEpisodes: [{ level: 'detox', outcome: 'completed-sustained' }] }),
    'relapsePotential.priorEpisodes[0].level'
  ),
  (c) => ((c.environment = 'stable'), 'environment'),
  (c) => ((c.practical = { zip: '9720' }), 'practical.zip'),
  (c) => ((c.instruments = { phq9: [0, 0, 0, 0, 0, 0, 0, 0] }), 'instruments.phq9'),
  (c) => ((c.instruments = { audit: [0, 0, 0, 0, 0, 0, 0, 0, 3, 0] }), 'instruments.audit[8]'),
  (c) => ((c.instruments = { dast10: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0] }), 'instruments.dast10[2]'),
  (c) => ((c.instruments = { ciwaAr: [0, 0, 0, 0, 0, 0, 0, 0, 0, 5] }), 'instruments.ciwaAr[9]'),
  (c) => ((c.instruments = { gad7: [0, 0, 0, 0, 0, 0, 1.5] }), 'instruments.gad7[6]'),
  (c) => ((c.format = 42), 'format'),
];

describe('generated invalid cases', () => {
  it('always give field errors naming the broken field, never an exception', () => {
    fc.assert(
      fc.property(validCase, fc.nat(BREAKAGES.length - 1), (c, which) => {
        const broken = structuredClone(c) as Record<string, unknown>;
        const path = BREAKAGES[which]!(broken);
        const result = assess(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => fieldPathText(e.path))).toContain(path);
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary JSON values never make validation throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => assess(value)).not.toThrow();
        expect(() =>
          assess({ format: 'carelevel-case/1', ...(typeof value === 'object' && value && !Array.isArray(value) ? value : {}) }),
        ).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fast validity check', () => {
  it('agrees with the full check on valid, broken and arbitrary documents', async () => {
    const { caseSchema } = await import('./case-schema.js');
    const agree = (doc: unknown): void => {
      const issues: FieldIssue[] = [];
      caseSchema.check(doc, [], issues);
      expect(caseSchema.valid(doc), JSON.stringify(doc)).toBe(issues.length === 0);
    };
    fc.assert(
      fc.property(validCase, fc.nat(BREAKAGES.length - 1), fc.jsonValue(), (c, which, junk) => {
        agree(c);
        const broken = structuredClone(c) as Record<string, unknown>;
        BREAKAGES[which]!(broken);
        agree(broken);
        agree(junk);
        agree({ ...c, environment: junk });
        agree({ ...c, instruments: { phq9: junk } });
      }),
      { numRuns: 1000 },
    );
  });
});
