import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CareCase } from '../case/case-schema.js';
import { validateCase } from '../case/validate-case.js';
import { determine } from '../determine/determine.js';
import { levelIntensity } from '../levels/levels.js';
import { RULE_SET } from './rule-set.js';
import type { Rule } from './rule-types.js';

const base = (c: Omit<CareCase, 'format'>): CareCase => ({ format: 'carelevel-case/1', ...c });
const alcohol = (days: number, severity: 'none' | 'mild' | 'moderate' | 'severe' = 'moderate', hours?: number) => ({
  name: 'alcohol' as const,
  daysUsedLast30: days,
  disorderSeverity: severity,
  ...(hours === undefined ? {} : { hoursSinceLastUse: hours }),
});
const opioids = (days = 30, severity: 'mild' | 'moderate' | 'severe' = 'severe') => ({
  name: 'opioids' as const,
  daysUsedLast30: days,
  disorderSeverity: severity,
});
const benzos = { name: 'benzodiazepines' as const, daysUsedLast30: 30, disorderSeverity: 'severe' as const };
const knownHistory = { historySeizures: false, historyDelirium: false };

/**
 * One example case per rule: the smallest situation that should switch the rule on. The test
 * proves each fires on its example, so editing a rule's condition without meaning to is caught.
 */
const EXAMPLES: Record<string, CareCase> = {
  'd1-overdose-now': base({ intoxication: { overdoseSigns: true } }),
  'd1-severe-intoxication': base({ intoxication: { current: 'severe' } }),
  'd1-sedative-withdrawal-ambulatory': base({
    substances: [alcohol(10)],
    withdrawal: { current: 'mild', monitoringAtHome: true, ...knownHistory },
  }),
  'd1-sedative-withdrawal-moderate': base({
    substances: [alcohol(10)],
    withdrawal: { ciwaAr: 12, monitoringAtHome: true, ...knownHistory },
  }),
  'd1-sedative-withdrawal-no-monitoring': base({ substances: [alcohol(10)], withdrawal: { current: 'mild', monitoringAtHome: false } }),
  'd1-sedative-withdrawal-moderate-risk-factors': base({
    ageYears: 70,
    substances: [alcohol(25)],
    withdrawal: { current: 'moderate', monitoringAtHome: true, ...knownHistory },
  }),
  'd1-complicated-history': base({
    substances: [alcohol(30)],
    withdrawal: { current: 'mild', historySeizures: true, monitoringAtHome: true },
  }),
  'd1-complicated-history-moderate': base({
    substances: [alcohol(30)],
    withdrawal: { current: 'moderate', historyDelirium: true, monitoringAtHome: true },
  }),
  'd1-sedative-withdrawal-severe': base({ substances: [alcohol(30)], withdrawal: { ciwaAr: 20 } }),
  'd1-benzodiazepine-taper': base({ substances: [benzos], withdrawal: { current: 'mild', monitoringAtHome: true, ...knownHistory } }),
  'd1-benzodiazepine-withdrawal-moderate': base({
    substances: [benzos],
    withdrawal: { current: 'moderate', monitoringAtHome: true, ...knownHistory },
  }),
  'd1-pregnant-alcohol-withdrawal': base({
    physicalHealth: { pregnant: true },
    substances: [alcohol(20)],
    withdrawal: { current: 'mild', monitoringAtHome: true },
  }),
  'd1-opioid-withdrawal': base({ substances: [opioids()], withdrawal: { cows: 8, monitoringAtHome: true } }),
  'd1-opioid-withdrawal-no-monitoring': base({ substances: [opioids()], withdrawal: { cows: 15, monitoringAtHome: false } }),
  'd1-opioid-withdrawal-moderately-severe': base({ substances: [opioids()], withdrawal: { cows: 28, monitoringAtHome: true } }),
  'd1-opioid-withdrawal-severe': base({ substances: [opioids()], withdrawal: { cows: 40, monitoringAtHome: true } }),
  'd1-opioid-with-sedative-dependence': base({ substances: [opioids(), benzos], withdrawal: { cows: 8, monitoringAtHome: true } }),
  'd1-other-withdrawal': base({
    substances: [{ name: 'stimulants', daysUsedLast30: 20, disorderSeverity: 'moderate' }],
    withdrawal: { current: 'moderate' },
  }),
  'd1-older-adult-withdrawal-alone': base({
    ageYears: 74,
    substances: [alcohol(30)],
    withdrawal: { current: 'mild', monitoringAtHome: false },
  }),
  'd2-stable': base({ physicalHealth: { status: 'stable' } }),
  'd2-needs-monitoring': base({ physicalHealth: { status: 'needs-monitoring' } }),
  'd2-pregnant': base({ physicalHealth: { pregnant: true }, substances: [alcohol(4, 'mild')] }),
  'd2-unstable': base({ physicalHealth: { status: 'unstable' } }),
  'd2-emergency': base({ physicalHealth: { status: 'emergency' } }),
  'd3-suicide-low': base({ mentalHealth: { suicideRisk: 'low' } }),
  'd3-self-harm-thoughts': base({ instruments: { phq9: [1, 1, 0, 0, 0, 0, 0, 0, 1] } }),
  'd3-suicide-moderate': base({ mentalHealth: { suicideRisk: 'moderate' } }),
  'd3-suicide-high': base({ mentalHealth: { suicideRisk: 'high' } }),
  'd3-harm-low': base({ mentalHealth: { harmToOthersRisk: 'low' } }),
  'd3-harm-moderate': base({ mentalHealth: { harmToOthersRisk: 'moderate' } }),
  'd3-harm-high': base({ mentalHealth: { harmToOthersRisk: 'imminent' } }),
  'd3-psychosis-stable': base({ mentalHealth: { psychosis: 'stable' } }),
  'd3-psychosis-active': base({ mentalHealth: { psychosis: 'active', functioning: 'moderate-impairment' } }),
  'd3-psychosis-with-violence-risk': base({ mentalHealth: { psychosis: 'active', harmToOthersRisk: 'moderate' } }),
  'd3-psychosis-with-suicide-risk': base({ mentalHealth: { psychosis: 'active', suicideRisk: 'moderate' } }),
  'd3-psychosis-unable-self-care': base({ mentalHealth: { psychosis: 'active', functioning: 'unable-self-care' } }),
  'd3-functioning-mild': base({ mentalHealth: { functioning: 'mild-impairment' } }),
  'd3-functioning-moderate': base({ mentalHealth: { functioning: 'moderate-impairment' } }),
  'd3-functioning-severe': base({ mentalHealth: { functioning: 'severe-impairment' } }),
  'd3-unable-self-care': base({ mentalHealth: { functioning: 'unable-self-care' } }),
  'd3-symptoms-moderate': base({ instruments: { gad7: [2, 2, 2, 1, 1, 1, 2] } }),
  'd3-symptoms-severe': base({ instruments: { phq9: [3, 3, 3, 3, 3, 2, 2, 2, 0] } }),
  'd3-symptoms-with-impairment': base({
    mentalHealth: { functioning: 'moderate-impairment' },
    instruments: { phq9: [2, 2, 2, 2, 2, 2, 2, 2, 0] },
  }),
  'd4-ambivalent': base({ readiness: { stage: 'contemplation' } }),
  'd4-low-readiness': base({ readiness: { importance: 2 } }),
  'd4-refusing': base({ readiness: { engagement: 'refusing' } }),
  'd5-insufficient-information': base({ environment: { housing: 'stable' } }),
  'd5-risky-use': base({ instruments: { auditC: [2, 2, 1] } }),
  'd5-early-remission': base({ substances: [alcohol(0, 'moderate')], relapsePotential: { longestRecentAbstinenceDays: 40 } }),
  'd5-active-disorder': base({ substances: [alcohol(6, 'mild')] }),
  'd5-active-disorder-moderate': base({ substances: [alcohol(6, 'moderate')] }),
  'd5-severe-early-remission': base({ substances: [alcohol(0, 'severe')], relapsePotential: { longestRecentAbstinenceDays: 20 } }),
  'd5-severe-active': base({ substances: [opioids(30, 'severe')] }),
  'd5-opioid-maintenance': base({
    substances: [opioids(0, 'severe')],
    relapsePotential: { longestRecentAbstinenceDays: 600, priorEpisodes: [{ level: 'outpatient', outcome: 'ongoing' }] },
  }),
  'd5-step-down-after-24-hour-care': base({
    substances: [alcohol(0, 'moderate')],
    relapsePotential: { longestRecentAbstinenceDays: 30, priorEpisodes: [{ level: 'residential-high', outcome: 'completed-sustained' }] },
  }),
  'd5-severe-needs-structure': base({ substances: [alcohol(3, 'severe')] }),
  'd5-cravings-limited-coping': base({ substances: [alcohol(6)], relapsePotential: { cravings: 'moderate', copingSkills: 'limited' } }),
  'd5-cravings-in-remission': base({
    substances: [opioids(0, 'severe')],
    relapsePotential: { longestRecentAbstinenceDays: 500, cravings: 'moderate', copingSkills: 'limited' },
  }),
  'd5-high-cravings': base({ substances: [alcohol(6, 'mild')], relapsePotential: { cravings: 'high' } }),
  'd5-no-coping': base({ substances: [alcohol(6)], relapsePotential: { copingSkills: 'none' } }),
  'd5-failed-outpatient': base({
    substances: [alcohol(6, 'mild')],
    relapsePotential: { priorEpisodes: [{ level: 'outpatient', outcome: 'left-early' }] },
  }),
  'd5-failed-intensive': base({
    substances: [alcohol(6, 'mild')],
    relapsePotential: { priorEpisodes: [{ level: 'intensive-outpatient', outcome: 'completed-relapsed' }] },
  }),
  'd5-opioid-overdose': base({ substances: [opioids(10, 'moderate')], relapsePotential: { overdoseLastYear: true } }),
  'd5-very-high': base({
    substances: [opioids()],
    relapsePotential: { cravings: 'high', copingSkills: 'limited', overdoseLastYear: true },
  }),
  'd6-some-support': base({ environment: { support: 'some' } }),
  'd6-no-transportation': base({ environment: { transportation: false } }),
  'd6-legal-pressure': base({ environment: { legalPressure: true } }),
  'd6-no-support': base({ environment: { support: 'none' } }),
  'd6-unstable-housing': base({ environment: { housing: 'unstable' } }),
  'd6-household-use': base({ environment: { householdUse: true } }),
  'd6-undermining-support': base({ environment: { support: 'undermining' } }),
  'd6-homeless': base({ environment: { housing: 'homeless' } }),
  'd6-unsafe': base({ environment: { unsafe: true } }),
  'c-disorder-without-support': base({ substances: [alcohol(10)], environment: { support: 'none' } }),
  'c-relapse-and-environment': base({
    substances: [alcohol(10)],
    relapsePotential: { cravings: 'high' },
    environment: { householdUse: true },
  }),
  'c-very-high-relapse-and-environment': base({
    substances: [opioids()],
    relapsePotential: { cravings: 'high', copingSkills: 'none' },
    environment: { housing: 'homeless' },
  }),
  'c-severe-use-and-environment': base({ substances: [alcohol(20, 'severe')], environment: { householdUse: true } }),
  'c-step-down-without-home': base({
    substances: [opioids(0, 'moderate')],
    relapsePotential: { longestRecentAbstinenceDays: 30, priorEpisodes: [{ level: 'residential-high', outcome: 'completed-sustained' }] },
    environment: { housing: 'homeless' },
  }),
  'c-co-occurring-high-severity': base({
    substances: [alcohol(10)],
    mentalHealth: { suicideRisk: 'moderate' },
    relapsePotential: { cravings: 'high' },
  }),
  'c-mental-health-unsafe-home': base({ mentalHealth: { functioning: 'severe-impairment' }, environment: { unsafe: true } }),
  'm-opioid-use-disorder': base({ substances: [opioids(10, 'mild')] }),
  'm-alcohol-use-disorder': base({ substances: [alcohol(10, 'moderate')] }),
  'w-naloxone': base({ substances: [opioids(3, 'mild')] }),
  'w-release-overdose-risk': base({ substances: [opioids(0, 'severe')], environment: { housing: 'institution' } }),
  'w-opioid-and-sedatives': base({ substances: [opioids(), benzos] }),
  'w-benzodiazepine-abrupt-stop': base({ substances: [benzos] }),
  'w-pregnant-opioids': base({ physicalHealth: { pregnant: true }, substances: [opioids()] }),
  'w-injection': base({ substances: [{ name: 'opioids', daysUsedLast30: 10, route: 'injected' }] }),
  'w-withdrawal-window': base({ substances: [alcohol(30, 'severe', 12)], withdrawal: { current: 'none' } }),
  'w-stimulant-mood': base({ substances: [{ name: 'stimulants', daysUsedLast30: 10 }] }),
  'w-suicide-not-assessed': base({ primaryConcern: 'co-occurring', substances: [alcohol(10)] }),
  'w-older-adult-sedatives': base({ ageYears: 72, substances: [alcohol(28)] }),
};

function fired(rule: Rule, c: CareCase): boolean {
  const d = determine(c);
  switch (rule.kind) {
    case 'dimension':
      return d.dimensions[rule.dimension - 1]!.rules.includes(rule.id);
    case 'combination':
      return d.combinations.some((x) => x.rule === rule.id);
    case 'medication':
      return d.offerMedication.includes(rule.offer);
    case 'warning':
      return d.warnings.some((w) => w.code === rule.warning);
  }
}

describe(`rule set ${RULE_SET.version}`, () => {
  it('has an example case for every rule, and no example for a rule that does not exist', () => {
    const ids = RULE_SET.rules.map((r) => r.id);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
  });

  for (const rule of RULE_SET.rules) {
    it(`${rule.id} fires on its example${rule.kind === 'dimension' || rule.kind === 'combination' ? ` and the level is at least ${rule.minimumLevel}` : ''}`, () => {
      const example = EXAMPLES[rule.id]!;
      const v = validateCase(example);
      expect(v.ok ? [] : v.errors).toEqual([]);
      expect(fired(rule, example)).toBe(true);
      if (rule.kind === 'dimension' || rule.kind === 'combination') {
        expect(levelIntensity(determine(example).level)).toBeGreaterThanOrEqual(levelIntensity(rule.minimumLevel));
      }
      if (rule.kind === 'dimension' && rule.crisis) expect(determine(example).crises).toContain(rule.crisis);
    });
  }

  it('every rule names a rationale and at least one source documented in docs/clinical-sources.md', () => {
    const doc = readFileSync(new URL('../../../../docs/clinical-sources.md', import.meta.url), 'utf8');
    for (const rule of RULE_SET.rules) {
      expect(rule.rationale.length, rule.id).toBeGreaterThan(20);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) expect(doc, `${rule.id} cites ${s}`).toContain(`\`${s}\``);
    }
  });

  it('an empty case says every dimension was not assessed and starts with an outpatient assessment, not a guess', () => {
    const d = determine(base({}));
    expect(d.level).toBe('outpatient');
    expect(d.assumptions.map((a) => a.code)).toContain('insufficient-information');
    expect(d.dimensions.map((x) => x.reasons[0]!.code)).toEqual([
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'not-assessed',
      'insufficient-information',
      'not-assessed',
    ]);
  });
});

describe('the rule catalogue a clinician reads', () => {
  it('docs/rules-catalogue.md matches the rule set (run `npm run rules:doc` after changing a rule)', async () => {
    const { ruleCatalogue } = await import('./describe-rules.js');
    const doc = readFileSync(new URL('../../../../docs/rules-catalogue.md', import.meta.url), 'utf8');
    expect(doc).toBe(ruleCatalogue(RULE_SET));
  });
});
