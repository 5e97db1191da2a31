import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devCase } from '../test-support/shared-files.js';
import type { CareCase } from '../case/case-schema.js';
import { determine } from '../determine/determine.js';
import { LEVEL_CODES, levelIntensity } from '../levels/levels.js';
import { validCase } from '../test-support/case-arbitrary.js';
import { WORSENINGS } from '../test-support/worsenings.js';
import { transition } from './transition.js';
import { TRANSITION_RULES } from './transition-rules.js';
import { formatMessage } from '../locales/format-message.js';
import { en } from '../locales/en.js';

const vignette = (name: string): CareCase => devCase(name) as CareCase;

const residentialAdmission = vignette('02-residential-relapsed-after-iop-using-partner');
/** Thirty days later: no use, cravings low, partner moved out, coping better. */
const thirtyDaysLater: CareCase = {
  ...residentialAdmission,
  substances: [{ name: 'opioids', daysUsedLast30: 0, route: 'injected', hoursSinceLastUse: 720, disorderSeverity: 'severe' }],
  withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
  relapsePotential: {
    cravings: 'low',
    copingSkills: 'adequate',
    longestRecentAbstinenceDays: 30,
    overdoseLastYear: true,
    priorEpisodes: [...(residentialAdmission.relapsePotential?.priorEpisodes ?? []), { level: 'residential-high', outcome: 'ongoing' }],
  },
  environment: { housing: 'stable', householdUse: false, unsafe: false, support: 'some', transportation: true },
};

describe('continued-stay review', () => {
  it('steps down from residential to intensive outpatient when every dimension improved', () => {
    const t = transition({ currentLevel: 'residential-high', previous: residentialAdmission, current: thirtyDaysLater });
    expect(t.action).toBe('step-down');
    expect(t.to).toBe('intensive-outpatient');
    expect(t.changes.find((c) => c.dimension === 6)?.direction).toBe('better');
    expect(t.changes.find((c) => c.dimension === 5)?.direction).toBe('better');
  });

  it('holds the level when any dimension got worse in a way that raises its minimum, even if the total allows a step down', () => {
    const previous: CareCase = { ...thirtyDaysLater, mentalHealth: { suicideRisk: 'none', functioning: 'adequate' } };
    const current: CareCase = { ...thirtyDaysLater, mentalHealth: { suicideRisk: 'none', functioning: 'moderate-impairment' } };
    const t = transition({ currentLevel: 'residential-high', previous, current });
    expect(determine(current).level).toBe('intensive-outpatient');
    expect(t.action).toBe('continue');
    expect(t.to).toBe('residential-high');
    expect(t.reason.code).toBe('hold-something-worse');
    expect(t.reason.facts?.worse).toBe('3');
  });

  it('steps up after a relapse in IOP with a home that works against recovery', () => {
    const t = transition({ currentLevel: 'intensive-outpatient', previous: thirtyDaysLater, current: residentialAdmission });
    expect(t.action).toBe('step-up');
    expect(levelIntensity(t.to)).toBeGreaterThan(levelIntensity('intensive-outpatient'));
  });

  it('discharges to aftercare when only recovery support is indicated', () => {
    const maintenance = vignette('12-recovery-maintenance');
    const t = transition({ currentLevel: 'outpatient', previous: maintenance, current: maintenance });
    expect(t.action).toBe('discharge-to-aftercare');
    expect(t.to).toBe('recovery-support');
  });

  it('steps up to medically monitored care when withdrawal after a past seizure comes back during IOP', () => {
    const inIop = vignette('01-iop-stable-home-working');
    const drinkingAgain: CareCase = {
      ...inIop,
      substances: [{ name: 'alcohol', daysUsedLast30: 25, disorderSeverity: 'moderate', hoursSinceLastUse: 20 }],
      withdrawal: { current: 'mild', historySeizures: true, monitoringAtHome: true },
    };
    const t = transition({ currentLevel: 'intensive-outpatient', previous: inIop, current: drinkingAgain });
    expect(t.action).toBe('step-up');
    expect(t.to).toBe('residential-medical');
    expect(t.decision.withdrawalManagement).toBe('residential');
  });

  it('transfers for withdrawal care that the current level cannot give, then continues', () => {
    const inIop = vignette('01-iop-stable-home-working');
    const opioidWithdrawalAlone: CareCase = {
      ...inIop,
      substances: [{ name: 'opioids', daysUsedLast30: 25, disorderSeverity: 'moderate', hoursSinceLastUse: 20 }],
      withdrawal: { current: 'moderate', cows: 16, historySeizures: false, historyDelirium: false, monitoringAtHome: false },
    };
    const t = transition({ currentLevel: 'intensive-outpatient', previous: inIop, current: opioidWithdrawalAlone });
    expect(t.action).toBe('transfer');
    expect(t.to).toBe('intensive-outpatient');
    expect(t.decision.withdrawalManagement).toBe('residential');
  });

  it('compares like with like: in IOP by choice below an unchanged residential indication, and everything better, it continues', () => {
    const admission = vignette('02-residential-relapsed-after-iop-using-partner');
    const better: CareCase = {
      ...admission,
      // 26 days without use, no withdrawal, cravings down; the partner still drinks at home.
      substances: [{ name: 'opioids', daysUsedLast30: 4, route: 'injected', hoursSinceLastUse: 624, disorderSeverity: 'severe' }],
      withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      relapsePotential: { ...admission.relapsePotential, cravings: 'low', copingSkills: 'limited', longestRecentAbstinenceDays: 26 },
    };
    const previous = determine(admission);
    const t = transition({
      currentLevel: 'intensive-outpatient',
      previous: admission,
      current: better,
      chosenBecause: 'person-declined-indicated',
    });
    expect(levelIntensity(previous.level)).toBeGreaterThan(levelIntensity('intensive-outpatient'));
    expect(levelIntensity(t.indicated)).toBeLessThanOrEqual(levelIntensity(previous.level));
    expect(t.changes.some((c) => c.direction === 'worse')).toBe(false);
    expect(t.action).toBe('continue');
    expect(t.to).toBe('intensive-outpatient');
    expect(levelIntensity(t.indicated)).toBeGreaterThan(levelIntensity('intensive-outpatient'));
    expect(t.reason.code).toBe('still-indicated');
    expect(t.reason.facts).toMatchObject({
      indicated: t.indicated,
      current: 'intensive-outpatient',
      because: 'person-declined-indicated',
      dimensions: '5,6',
    });
    expect(formatMessage('transition', t.reason, en)).toMatch(
      /^Still indicated: residential, low intensity, as at the last assessment, because of risk of relapse or continued use and home and recovery environment together\. The person is in intensive outpatient \(IOP\) because they chose not to go to that level\./,
    );
  });

  it('never steps down during a relapse in treatment', () => {
    const inResidential: CareCase = {
      format: 'carelevel-case/1',
      assessedOn: '2026-12-01',
      currentEpisode: { level: 'residential-high', startedOn: '2026-11-01' },
      substances: [{ name: 'opioids', daysUsedLast30: 1, hoursSinceLastUse: 30, disorderSeverity: 'severe' }],
      withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      relapsePotential: { cravings: 'low', copingSkills: 'adequate' },
      environment: { housing: 'stable', support: 'strong' },
    };
    const t = transition({ currentLevel: 'residential-high', previous: inResidential, current: inResidential });
    expect(t.decision.level).toBe('residential-high');
    expect(t.action).toBe('continue');
  });

  it('puts a crisis first whatever the level', () => {
    const t = transition({
      currentLevel: 'outpatient',
      previous: vignette('05-adolescent-cannabis-supportive-family'),
      current: vignette('04-imminent-suicide-risk'),
    });
    expect(t.action).toBe('step-up');
    expect(t.rule).toBe('t-crisis');
    expect(t.to).toBe('inpatient-medical');
  });

  it('every transition rule cites sources documented in docs/clinical-sources.md', () => {
    const doc = readFileSync(new URL('../../../../docs/clinical-sources.md', import.meta.url), 'utf8');
    for (const r of TRANSITION_RULES) for (const s of r.sources) expect(doc, `${r.id} cites ${s}`).toContain(`\`${s}\``);
  });
});

describe('continued-stay review properties', () => {
  const level = fc.constantFrom(...LEVEL_CODES);

  it('never steps down while any dimension got worse in a way that raises its minimum level', () => {
    fc.assert(
      fc.property(validCase, level, fc.nat(WORSENINGS.length - 1), (previous, currentLevel, w) => {
        const current = WORSENINGS[w]!.apply(previous) ?? previous;
        const t = transition({ currentLevel, previous, current });
        const minimumRose = t.changes.some((c) => levelIntensity(c.minimumAfter) > levelIntensity(c.minimumBefore));
        if (minimumRose) {
          expect(t.action).not.toBe('step-down');
          expect(t.action).not.toBe('discharge-to-aftercare');
          expect(levelIntensity(t.to)).toBeGreaterThanOrEqual(levelIntensity(currentLevel));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('steps up exactly when a crisis applies, or the indication is above the current level and rose, something got worse or use came back, and never moves the wrong way', () => {
    fc.assert(
      fc.property(validCase, validCase, level, (previous, current, currentLevel) => {
        const t = transition({ currentLevel, previous, current });
        const before = determine(previous);
        const worse = t.changes.some((c) => c.direction === 'worse');
        const above = levelIntensity(t.indicated) > levelIntensity(currentLevel);
        const rose = above && (levelIntensity(t.indicated) > levelIntensity(before.level) || worse || t.relapse);
        expect(t.action === 'step-up').toBe(rose || t.decision.crisis !== null);
        // A reassessment in which nothing got worse (and no use came back) never advises more care than before.
        if (t.decision.crisis === null && !worse && !t.relapse && levelIntensity(t.indicated) <= levelIntensity(before.level))
          expect(t.action).not.toBe('step-up');
        if (t.relapse && t.action !== 'step-up') expect(['continue', 'transfer']).toContain(t.action);
        if (t.action === 'step-down' || t.action === 'discharge-to-aftercare')
          expect(levelIntensity(t.to)).toBeLessThan(levelIntensity(currentLevel));
        if (t.action === 'continue' || t.action === 'transfer') expect(t.to).toBe(currentLevel);
      }),
      { numRuns: 1000 },
    );
  });
});
