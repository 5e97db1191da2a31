import { describe, expect, it } from 'vitest';
import type { CareCase } from '../case/case-schema.js';
import type { LevelCode, WithdrawalManagement } from '../levels/levels.js';
import { determine } from './determine.js';

/**
 * Situations beyond the shared vignettes, each with the levels a careful clinician could defend.
 * They guard the rules' clinical intent (not their wording): change a rule, and these say whether
 * the answers still make sense.
 */
interface Scenario {
  readonly why: string;
  readonly c: Omit<CareCase, 'format'>;
  readonly levels: readonly LevelCode[];
  readonly withdrawal?: readonly WithdrawalManagement[];
  readonly crisis?: string | null;
}

const SCENARIOS: Scenario[] = [
  {
    why: 'severe opioid use disorder, stable supportive home, wants buprenorphine: community care with medication',
    c: {
      substances: [{ name: 'opioids', daysUsedLast30: 30, disorderSeverity: 'severe', hoursSinceLastUse: 6 }],
      withdrawal: { current: 'none', monitoringAtHome: true },
      environment: { housing: 'stable', support: 'strong', householdUse: false },
      relapsePotential: { cravings: 'moderate', copingSkills: 'adequate' },
    },
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: ['none', 'ambulatory'],
  },
  {
    why: 'daily moderate drinking, mild withdrawal (CIWA-Ar 8), no complications, someone at home: ambulatory withdrawal',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 28, disorderSeverity: 'moderate', hoursSinceLastUse: 14 }],
      withdrawal: { ciwaAr: 8, historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      environment: { housing: 'stable', support: 'strong' },
      relapsePotential: { cravings: 'low', copingSkills: 'adequate' },
    },
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: ['ambulatory'],
  },
  {
    why: 'severe drinking, moderate withdrawal, seizure history unknown, lives alone: withdrawal in a 24-hour setting',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 30, disorderSeverity: 'severe' }],
      withdrawal: { ciwaAr: 15 },
      environment: { support: 'none' },
    },
    levels: ['intensive-outpatient', 'partial-hospitalization', 'residential-low', 'residential-high', 'residential-medical'],
    withdrawal: ['residential', 'inpatient'],
  },
  {
    why: 'severe depression with moderate impairment and low suicide risk, no substance use: day treatment',
    c: {
      primaryConcern: 'mental-health',
      mentalHealth: { suicideRisk: 'low', functioning: 'moderate-impairment', psychosis: 'none' },
      instruments: { phq9: [3, 3, 3, 3, 2, 2, 2, 2, 1] },
      environment: { housing: 'stable', support: 'some' },
    },
    levels: ['intensive-outpatient', 'partial-hospitalization'],
    withdrawal: ['none'],
  },
  {
    why: 'moderate anxiety with mild impairment: outpatient',
    c: {
      primaryConcern: 'mental-health',
      mentalHealth: { suicideRisk: 'none', functioning: 'mild-impairment' },
      instruments: { gad7: [2, 2, 2, 2, 1, 1, 2] },
    },
    levels: ['outpatient'],
  },
  {
    why: 'homeless, severe daily drinking, mild withdrawal, no one to watch: 24-hour withdrawal care and structure',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 30, disorderSeverity: 'severe', hoursSinceLastUse: 8 }],
      withdrawal: { current: 'mild', monitoringAtHome: false },
      environment: { housing: 'homeless', support: 'none' },
    },
    levels: ['intensive-outpatient', 'residential-low', 'residential-high', 'residential-medical'],
    withdrawal: ['residential', 'inpatient'],
  },
  {
    why: 'opioid withdrawal with daily benzodiazepine use: a medically monitored setting',
    c: {
      substances: [
        { name: 'opioids', daysUsedLast30: 30, disorderSeverity: 'severe' },
        { name: 'benzodiazepines', daysUsedLast30: 25, disorderSeverity: 'moderate' },
      ],
      withdrawal: { cows: 10, monitoringAtHome: true },
    },
    levels: ['residential-medical', 'inpatient-medical'],
    withdrawal: ['residential', 'inpatient'],
  },
  {
    why: 'high suicide risk with no substance use: crisis first',
    c: { primaryConcern: 'mental-health', mentalHealth: { suicideRisk: 'high' } },
    levels: ['inpatient-medical'],
    crisis: 'suicide-risk',
  },
  {
    why: 'acute positive ASQ screen: imminent risk, crisis first',
    c: { instruments: { asq: [1, 1, 1, 0, 1] } },
    levels: ['inpatient-medical'],
    crisis: 'suicide-risk',
  },
  {
    why: 'an overdose happening now',
    c: { substances: [{ name: 'opioids', daysUsedLast30: 20 }], intoxication: { overdoseSigns: true } },
    levels: ['inpatient-medical'],
    crisis: 'overdose',
  },
  {
    why: 'an unstable medical condition with drinking: medically monitored care, withdrawal handled there',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 30, disorderSeverity: 'severe' }],
      physicalHealth: { status: 'unstable' },
      withdrawal: { current: 'mild', historySeizures: false, monitoringAtHome: true },
    },
    levels: ['residential-medical', 'inpatient-medical'],
    withdrawal: ['residential', 'inpatient'],
  },
  {
    why: 'mild drinking problem once a week, strong support: outpatient',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 6, disorderSeverity: 'mild' }],
      withdrawal: { current: 'none' },
      environment: { support: 'strong' },
    },
    levels: ['early-intervention', 'outpatient'],
    withdrawal: ['none'],
  },
  {
    why: 'stable bipolar disorder with moderate stimulant use: co-occurring-capable outpatient care',
    c: {
      substances: [{ name: 'stimulants', daysUsedLast30: 12, disorderSeverity: 'moderate' }],
      mentalHealth: { psychosis: 'stable', functioning: 'mild-impairment', suicideRisk: 'none' },
    },
    levels: ['outpatient', 'intensive-outpatient'],
    withdrawal: ['none'],
  },
  {
    why: 'pregnant with opioid use disorder: medication, not withdrawal, and coordinated prenatal care',
    c: {
      physicalHealth: { pregnant: true, status: 'stable' },
      substances: [{ name: 'opioids', daysUsedLast30: 30, disorderSeverity: 'severe' }],
      withdrawal: { cows: 10, monitoringAtHome: true },
      environment: { support: 'some', housing: 'stable' },
    },
    levels: ['outpatient', 'intensive-outpatient', 'partial-hospitalization', 'residential-high', 'residential-medical'],
  },
  {
    why: 'a severe alcohol problem, still drinking, in a home where a partner drinks: 24-hour structure',
    c: {
      substances: [{ name: 'alcohol', daysUsedLast30: 20, disorderSeverity: 'severe' }],
      withdrawal: { current: 'none' },
      environment: { householdUse: true, support: 'some', housing: 'stable' },
    },
    levels: ['intensive-outpatient', 'residential-low', 'residential-high'],
  },
];

describe('regressions found by the monotonicity property', () => {
  it('a worse DAST-10 never counts for less: substantial is still risky use', () => {
    const base = {
      format: 'carelevel-case/1' as const,
      substances: [{ name: 'alcohol' as const, daysUsedLast30: 0 }],
      relapsePotential: { longestRecentAbstinenceDays: 400 },
    };
    const moderate = determine({ ...base, instruments: { dast10: [0, 0, 1, 1, 1, 0, 1, 1, 0, 0] } });
    const substantial = determine({ ...base, instruments: { dast10: [0, 0, 1, 1, 1, 0, 1, 1, 1, 0] } });
    expect(moderate.level).toBe('early-intervention');
    expect(substantial.level).toBe('early-intervention');
  });
});

describe('clinical scenarios beyond the shared vignettes', () => {
  for (const s of SCENARIOS) {
    it(s.why, () => {
      const d = determine({ format: 'carelevel-case/1', ...s.c });
      expect(s.levels).toContain(d.level);
      if (s.withdrawal) expect(s.withdrawal).toContain(d.withdrawalManagement);
      if (s.crisis !== undefined) expect(d.crisis).toBe(s.crisis);
    });
  }

  it('offers medication for opioid use disorder in pregnancy and warns against withdrawal', () => {
    const d = determine({ format: 'carelevel-case/1', ...SCENARIOS[13]!.c });
    expect(d.offerMedication).toContain('opioid-use-disorder');
    expect(d.warnings.map((w) => w.code)).toContain('pregnancy-opioids-medication-not-withdrawal');
  });

  it('never recommends outpatient withdrawal care beside a 24-hour level', () => {
    for (const s of SCENARIOS) {
      const d = determine({ format: 'carelevel-case/1', ...s.c });
      if (['residential-low', 'residential-high', 'residential-medical', 'inpatient-medical'].includes(d.level))
        expect(d.withdrawalManagement).not.toBe('ambulatory');
    }
  });
});
