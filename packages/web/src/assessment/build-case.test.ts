import { assess, validateCase } from '@carelevel/engine';
import { devVignette } from '@carelevel/engine/testing';
import { describe, expect, it } from 'vitest';
import { buildCase } from './build-case.js';
import { addsCrisis, safetyOf } from './engine-safety.js';
import { VIGNETTE_ANSWERS } from './vignette-answers.js';

interface Expected {
  level: string;
  acceptable: string[];
  crisis: string | null;
}

describe('self-assessment answers become a case the engine decides', () => {
  for (const { vignette, answers } of VIGNETTE_ANSWERS) {
    it(`${vignette}: the answers a person would give end on a level the vignette accepts`, () => {
      const expected: Expected = devVignette(vignette).expected;
      const doc = buildCase(answers);
      expect(validateCase(doc).ok).toBe(true);
      const r = assess(doc);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(expected.acceptable).toContain(r.recommendation.level);
      if (expected.crisis === null) expect(r.recommendation.crisis).toBeNull();
      else expect(r.recommendation.crisis).not.toBeNull();
    });
  }

  it('leaves out what was not answered, so the engine lists its assumptions', () => {
    const doc = buildCase(
      { who: 'self', substances: ['alcohol'], daysUsed: '30', withdrawalNow: 'mild', monitoring: 'unsure' },
      '2026-12-05',
    );
    expect(doc).toEqual({
      format: 'carelevel-case/1',
      assessedOn: '2026-12-05',
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
    // The person's own answer about suicidal thoughts is a screen, never a risk assessment.
    expect(doc.mentalHealth).toEqual({ suicidalThoughts: 'recent', harmToOthersRisk: 'moderate' });
  });

  it('turns dated answers into dates against today: an attempt, a stay that just ended, a birth', () => {
    const doc = buildCase(
      {
        who: 'she',
        age: '30',
        suicide: 'thoughts',
        attempt: 'yes',
        lethalMeans: 'yes',
        recentStay: 'mental-health',
        recentStayWhen: 'week',
        pregnant: 'birth-recent',
      },
      '2026-12-05',
    );
    expect(doc.mentalHealth).toMatchObject({ suicidalThoughts: 'recent', lastSuicideAttemptOn: '2026-11-05', lethalMeansAccess: true });
    expect(doc.recentDischarge).toEqual({ fromLevel: 'inpatient-medical', reason: 'mental-health', on: '2026-12-02' });
    expect(doc.physicalHealth?.postpartumWeeks).toBe(6);
    expect(validateCase(doc).ok).toBe(true);
  });

  it('gives alcohol its drinks a day and marks prescribed pills, so withdrawal is read from the right substance', () => {
    const doc = buildCase({
      concern: 'substance-use',
      substances: ['alcohol', 'benzodiazepines'],
      auditQuantity: '0',
      pillsPrescribed: 'yes',
    });
    expect(doc.substances).toEqual([
      { name: 'alcohol', amountPerDay: 2 },
      { name: 'benzodiazepines', prescribed: true },
    ]);
  });
});

describe('what comes first, decided by the engine on the device', () => {
  it('opens the crisis screen for a plan to act, but not for thoughts without one, which are urgent instead', async () => {
    const thoughts = await safetyOf({ suicide: 'thoughts' });
    expect(thoughts.crises).toEqual([]);
    expect(thoughts.urgents).toContain('suicide-screen-positive');
    const plan = await safetyOf({ suicide: 'plan' });
    expect(plan.crises).toContain('suicide-risk');
    expect(addsCrisis(thoughts, plan)).toBe(true);
  });

  it('counts a second danger after the first as new, and no danger as none', async () => {
    const first = await safetyOf({ dangerNow: ['overdose'] });
    expect(first.crises).toEqual(['overdose']);
    const second = await safetyOf({ dangerNow: ['overdose', 'medical'] });
    expect(addsCrisis(first, second)).toBe(true);
    expect(addsCrisis(second, first)).toBe(false);
    expect(addsCrisis(first, await safetyOf({ dangerNow: ['none'] }))).toBe(false);
  });

  it('agrees with the result page on every development vignette\u2019s answers', async () => {
    for (const { vignette, answers } of VIGNETTE_ANSWERS) {
      const r = assess(buildCase(answers));
      if (!r.ok) throw new Error(vignette);
      expect((await safetyOf(answers)).crises, vignette).toEqual(r.recommendation.crises);
    }
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
