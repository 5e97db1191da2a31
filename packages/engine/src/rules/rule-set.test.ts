import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CareCase } from '../case/case-schema.js';
import { EXAMPLES, base } from '../test-support/rule-examples.js';
import { validateCase } from '../case/validate-case.js';
import { determine } from '../determine/determine.js';
import { levelIntensity } from '../levels/levels.js';
import { RULE_SET } from './rule-set.js';
import type { Rule } from './rule-types.js';

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
    case 'support':
      return d.supports.some((s) => s.code === rule.support && s.reasons.some((r) => r.code === rule.reason));
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
      if (rule.kind === 'dimension' && rule.urgent) expect(determine(example).urgents).toContain(rule.urgent);
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
