import { describe, expect, it } from 'vitest';
import { FACT_NAMES, factsAsObject, newFacts } from '../rules/fact-registry.js';
import { readCase } from './case-reading.js';
import { writeFacts } from './group-facts.js';
import { isCareCase } from '../case/validate-case.js';
import { devCaseNames, devVignette } from '../test-support/shared-files.js';
import { deriveFacts } from './derive-facts.js';

describe('deriving facts from a case', () => {
  it('writes every fact in the registry from a case (ratings d1–d6 are the determination\u2019s), even an empty one', () => {
    const cases: unknown[] = [{ format: 'carelevel-case/1' }, ...devCaseNames().map((name) => devVignette(name).case)];
    for (const c of cases) {
      if (!isCareCase(c)) throw new Error('not a valid case');
      // NaN is a fact's own "unknown", so the mark for "never written" is a number no fact can hold.
      const NEVER_WRITTEN = -1e9;
      const facts = newFacts().fill(NEVER_WRITTEN);
      writeFacts(readCase(c), facts);
      const unwritten = FACT_NAMES.filter((name, i) => !/^d\d$/.test(name) && facts[i] === NEVER_WRITTEN);
      expect(unwritten).toEqual([]);
    }
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

  it('lets a clinician\u2019s suicide risk assessment decide over a screen, and says the screen was higher', () => {
    const { facts, warnings } = deriveFacts({
      format: 'carelevel-case/1',
      mentalHealth: { suicideRisk: 'none' },
      instruments: { asq: [0, 1, 0, 0, 0] },
    });
    const f = factsAsObject(facts);
    expect(f.suicideRisk).toBe('none');
    expect(f.suicideScreenPositive).toBe(false);
    expect(warnings.map((w) => w.code)).toContain('screen-suicide-higher-than-reported');
  });

  it('reads a positive screen with no assessment as a call for one today, and only an acute screen as danger', () => {
    const screened = deriveFacts({ format: 'carelevel-case/1', instruments: { asq: [0, 1, 0, 0, 0] } });
    expect(factsAsObject(screened.facts)).toMatchObject({ suicideRisk: 'none', suicideScreenPositive: true });
    expect(screened.warnings.map((w) => w.code)).toContain('asq-positive-needs-safety-assessment');
    expect(screened.assumptions.map((a) => a.code)).toContain('suicide-risk-from-screen-only');
    const acute = deriveFacts({ format: 'carelevel-case/1', instruments: { asq: [1, 0, 1, 0, 1] } });
    expect(factsAsObject(acute.facts).suicideRisk).toBe('imminent');
    const plan = deriveFacts({ format: 'carelevel-case/1', mentalHealth: { suicidalThoughts: 'plan' } });
    expect(factsAsObject(plan.facts).suicideRisk).toBe('high');
  });

  it('counts an attempt in the last three months against the day of the assessment', () => {
    const at = (on: string) =>
      factsAsObject(
        deriveFacts({ format: 'carelevel-case/1', assessedOn: '2026-12-01', mentalHealth: { lastSuicideAttemptOn: on } }).facts,
      );
    expect(at('2026-10-01').recentAttempt).toBe(true);
    expect(at('2026-08-01').recentAttempt).toBe(false);
    const undated = deriveFacts({ format: 'carelevel-case/1', mentalHealth: { lastSuicideAttemptOn: '2020-01-01' } });
    expect(factsAsObject(undated.facts).recentAttempt).toBe(true);
    expect(undated.assumptions.map((a) => a.code)).toContain('dates-read-as-recent');
  });

  it('expects withdrawal before it starts after every-day heavy drinking, whatever was reported', () => {
    const f = factsAsObject(
      deriveFacts({
        format: 'carelevel-case/1',
        substances: [{ name: 'alcohol', daysUsedLast30: 30, amountPerDay: 12, hoursSinceLastUse: 4, disorderSeverity: 'severe' }],
        withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      }).facts,
    );
    expect(f).toMatchObject({ sedativeWithdrawal: 'none', sedativeWithdrawalExpected: 'moderate', sedativeWithdrawalAhead: 'moderate' });
  });

  it('does not make alcohol withdrawal out of one or two drinks a night beside daily opioids', () => {
    const f = factsAsObject(
      deriveFacts({
        format: 'carelevel-case/1',
        substances: [
          { name: 'opioids', daysUsedLast30: 30, hoursSinceLastUse: 12, disorderSeverity: 'severe' },
          { name: 'alcohol', daysUsedLast30: 30, amountPerDay: 2, hoursSinceLastUse: 12 },
        ],
        withdrawal: { current: 'moderate', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      }).facts,
    );
    expect(f).toMatchObject({
      sedativeWithdrawal: 'none',
      sedativeWithdrawalAhead: 'none',
      opioidWithdrawal: 'moderate',
      secondDepressant: false,
    });
  });

  it('does not expect withdrawal from a prescribed medicine taken as prescribed', () => {
    const f = factsAsObject(
      deriveFacts({
        format: 'carelevel-case/1',
        substances: [{ name: 'benzodiazepines', daysUsedLast30: 30, hoursSinceLastUse: 10, prescribed: true }],
        withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      }).facts,
    );
    expect(f).toMatchObject({ sedativeWithdrawalAhead: 'none', benzodiazepineDailyUse: true, disorder: 'none' });
  });

  it('with daily drinking and no withdrawal answers, plans for withdrawal instead of assuming none', () => {
    const { facts, assumptions } = deriveFacts({
      format: 'carelevel-case/1',
      substances: [{ name: 'alcohol', daysUsedLast30: 28, hoursSinceLastUse: 10 }],
    });
    const f = factsAsObject(facts);
    expect(f.sedativeWithdrawal).toBe('none');
    expect(f.sedativeWithdrawalExpected).toBe('mild');
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
