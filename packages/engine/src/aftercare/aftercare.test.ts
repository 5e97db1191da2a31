import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devCase } from '../test-support/shared-files.js';
import type { CareCase } from '../case/case-schema.js';
import { determine } from '../determine/determine.js';
import { en } from '../locales/en.js';
import { es } from '../locales/es.js';
import { validCase } from '../test-support/case-arbitrary.js';
import { AFTERCARE_COMPONENTS, validateAftercarePlan } from './aftercare-plan.js';
import { aftercareTemplate } from './aftercare-template.js';

const vignette = (name: string): CareCase => devCase(name) as CareCase;

describe('aftercare plans', () => {
  it('start from therapy, groups and medication for someone stepping down with opioid use disorder and a home that used', () => {
    const c = vignette('02-residential-relapsed-after-iop-using-partner');
    const plan = aftercareTemplate(c, determine(c));
    expect(validateAftercarePlan(plan)).toEqual([]);
    expect(plan.components.map((x) => x.kind)).toEqual(
      expect.arrayContaining([
        'individual-therapy',
        'support-groups',
        'medication-management',
        'recovery-residence',
        'peer-recovery-coach',
      ]),
    );
  });

  it('suggest each component once, and are always valid documents', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const plan = aftercareTemplate(c, determine(c));
        expect(validateAftercarePlan(plan)).toEqual([]);
        const kinds = plan.components.map((x) => x.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never schedule the first follow-up a month after a hospital or crisis stay, and within 48 hours after suicide risk', () => {
    const settled: CareCase = {
      format: 'carelevel-case/1',
      assessedOn: '2026-12-01',
      substances: [{ name: 'alcohol', daysUsedLast30: 0, disorderSeverity: 'mild' }],
      relapsePotential: { longestRecentAbstinenceDays: 400 },
      mentalHealth: { suicideRisk: 'none' },
    };
    expect(aftercareTemplate(settled, determine(settled)).followUpDays).toBe(30);
    const afterWithdrawalUnit: CareCase = {
      ...settled,
      recentDischarge: { fromLevel: 'residential-medical', on: '2026-11-20', reason: 'withdrawal' },
    };
    expect(aftercareTemplate(afterWithdrawalUnit, determine(afterWithdrawalUnit)).followUpDays).toBe(7);
    const afterPsychiatricStay: CareCase = {
      ...settled,
      mentalHealth: { suicideRisk: 'low' },
      recentDischarge: { fromLevel: 'inpatient-medical', on: '2026-11-28', reason: 'suicide-risk' },
    };
    expect(aftercareTemplate(afterPsychiatricStay, determine(afterPsychiatricStay)).followUpDays).toBe(2);
    fc.assert(
      fc.property(validCase, (c) => {
        if (c.recentDischarge == null) return;
        const plan = aftercareTemplate(c, determine(c));
        expect(plan.followUpDays).toBeLessThanOrEqual(30);
      }),
      { numRuns: 300 },
    );
  });

  it('reject malformed plans with the path of every problem', () => {
    const issues = validateAftercarePlan({
      format: 'carelevel-aftercare/1',
      components: [{ kind: 'yoga-retreat' }],
      relapsePrevention: { triggers: ['payday'], copingSteps: [], peopleToCall: [{ name: 'Sam', phone: 'call me' }] },
      crisisPlan: { steps: [], contacts: [] },
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['components', 0, 'kind'],
      ['relapsePrevention', 'peopleToCall', 0, 'phone'],
    ]);
  });

  it('have English and Spanish words for every component', () => {
    for (const k of AFTERCARE_COMPONENTS) {
      expect(en.aftercareComponent[k]).toBeTruthy();
      expect(es.aftercareComponent[k]).toBeTruthy();
    }
    expect(Object.keys(es.aftercare).sort()).toEqual(Object.keys(en.aftercare).sort());
  });
});
