import { readFileSync } from 'node:fs';
import { assess, validateCase } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
import { buildCase } from './build-case.js';
import { crisisFromAnswers } from './crisis-check.js';
import { VIGNETTE_ANSWERS } from './vignette-answers.js';

const DEV = new URL('../../../../../shared/cases/dev/', import.meta.url);

interface Expected {
  level: string;
  acceptable: string[];
  crisis: string | null;
}

describe('self-assessment answers become a case the engine decides', () => {
  for (const { vignette, answers } of VIGNETTE_ANSWERS) {
    it(`${vignette}: the answers a person would give end on a level the vignette accepts`, () => {
      const expected = (JSON.parse(readFileSync(new URL(`${vignette}.json`, DEV), 'utf8')) as { expected: Expected }).expected;
      const doc = buildCase(answers);
      expect(validateCase(doc).ok).toBe(true);
      const r = assess(doc);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(expected.acceptable).toContain(r.recommendation.level);
      if (expected.crisis === null) expect(r.recommendation.crisis).toBeNull();
      else expect(r.recommendation.crisis).not.toBeNull();
      // The screen that comes first agrees with the engine on whether there is a crisis.
      expect(crisisFromAnswers(answers) !== null).toBe(r.recommendation.crisis !== null);
    });
  }

  it('leaves out what was not answered, so the engine lists its assumptions', () => {
    const doc = buildCase({ who: 'self', substances: ['alcohol'], daysUsed: '30', withdrawalNow: 'mild', monitoring: 'unsure' });
    expect(doc).toEqual({
      format: 'carelevel-case/1',
      substances: [{ name: 'alcohol', daysUsedLast30: 30 }],
      withdrawal: { current: 'mild' },
    });
    const r = assess(doc);
    expect(r.ok && r.recommendation.assumptions.length).toBeGreaterThan(0);
  });

  it('keeps "no treatment before" as an empty list and maps danger answers to the case', () => {
    const doc = buildCase({ prior: ['none'], dangerNow: ['overdose', 'medical'], suicide: 'thoughts', harmOthers: 'worried' });
    expect(doc.relapsePotential?.priorEpisodes).toEqual([]);
    expect(doc.intoxication?.overdoseSigns).toBe(true);
    expect(doc.physicalHealth?.status).toBe('emergency');
    expect(doc.mentalHealth).toEqual({ suicideRisk: 'moderate', harmToOthersRisk: 'moderate' });
  });
});

describe('answers to questions no longer shown', () => {
  it('do not count: a closed branch leaves nothing behind', () => {
    const drinking = { concern: 'substance-use', substances: ['alcohol'], seizureHistory: 'seizure', withdrawalNow: 'moderate' };
    expect(buildCase(drinking).withdrawal).toEqual({ current: 'moderate', historySeizures: true, historyDelirium: false });
    // Alcohol unticked: the withdrawal questions are no longer shown, so their answers are dropped.
    expect(buildCase({ ...drinking, substances: ['cannabis'] }).withdrawal).toBeUndefined();
  });
});
