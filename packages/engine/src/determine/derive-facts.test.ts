import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_NAMES, factsAsObject } from '../rules/fact-registry.js';
import { deriveFacts } from './derive-facts.js';

describe('deriving facts from a case', () => {
  it('sets every fact in the registry (ratings d1–d6 are set by the determination)', () => {
    const source = readFileSync(new URL('./derive-facts.ts', import.meta.url), 'utf8');
    for (const name of FACT_NAMES) if (!/^d\d$/.test(name)) expect(source, name).toContain(`facts[F.${name}] =`);
  });

  it('scores instruments and takes the higher of reported and measured withdrawal', () => {
    const { facts, scores } = deriveFacts({
      format: 'carelevel-case/1',
      substances: [{ name: 'alcohol', daysUsedLast30: 30, disorderSeverity: 'severe' }],
      withdrawal: { current: 'mild', historySeizures: false, monitoringAtHome: true },
      instruments: { ciwaAr: [2, 3, 2, 2, 1, 0, 0, 0, 1, 0] },
    });
    expect(scores.ciwaAr).toEqual({ total: 11, band: 'moderate' });
    const f = factsAsObject(facts);
    expect(f.sedativeWithdrawal).toBe('moderate');
    expect(f.ciwaAr).toBe(11);
    expect(f.sedativeDailyUse).toBe(true);
  });

  it('warns when a total given beside its items does not match, and uses the items', () => {
    const { warnings, facts } = deriveFacts({
      format: 'carelevel-case/1',
      withdrawal: { cows: 30 },
      instruments: { cows: [1, 2, 1, 2, 2, 2, 2, 1, 1, 0, 0] },
    });
    expect(warnings).toContainEqual({ code: 'instrument-total-mismatch', facts: { instrument: 'COWS', given: 30, computed: 14 } });
    expect(factsAsObject(facts).cows).toBe(14);
  });

  it('raises suicide risk from screens above what was reported, and says so', () => {
    const { facts, warnings } = deriveFacts({
      format: 'carelevel-case/1',
      mentalHealth: { suicideRisk: 'none' },
      instruments: { asq: [0, 1, 0, 0, 0] },
    });
    expect(factsAsObject(facts).suicideRisk).toBe('moderate');
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['asq-positive-needs-safety-assessment', 'screen-suicide-higher-than-reported']),
    );
    const acute = deriveFacts({ format: 'carelevel-case/1', instruments: { asq: [1, 0, 1, 0, 1] } });
    expect(factsAsObject(acute.facts).suicideRisk).toBe('imminent');
  });

  it('with daily drinking and no withdrawal answers, plans for withdrawal instead of assuming none', () => {
    const { facts, assumptions } = deriveFacts({
      format: 'carelevel-case/1',
      substances: [{ name: 'alcohol', daysUsedLast30: 28, hoursSinceLastUse: 10 }],
    });
    const f = factsAsObject(facts);
    expect(f.sedativeWithdrawal).toBe('mild');
    expect(f.noMonitoringAtHome).toBe(true);
    expect(assumptions.map((a) => a.code)).toEqual(
      expect.arrayContaining([
        'withdrawal-unknown-daily-sedative-use',
        'withdrawal-history-unknown',
        'home-monitoring-unknown',
        'disorder-severity-inferred',
      ]),
    );
  });

  it('leaves tobacco out of the level of care', () => {
    const { facts } = deriveFacts({
      format: 'carelevel-case/1',
      substances: [{ name: 'tobacco', daysUsedLast30: 30, disorderSeverity: 'severe' }],
    });
    const f = factsAsObject(facts);
    expect(f.activeUse).toBe(false);
    expect(f.disorder).toBe('none');
  });
});
