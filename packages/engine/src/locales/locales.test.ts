import { describe, expect, it } from 'vitest';
import { RULE_SET } from '../rules/rule-set.js';
import { SUPPORTS, URGENT_KINDS } from '../rules/rule-types.js';
import { TRANSITION_RULES } from '../transitions/transition-rules.js';
import { en } from './en.js';
import { es } from './es.js';
import { fillTemplate } from './format-message.js';
import type { LocaleMessages } from './locale-types.js';

/** Codes the engine emits outside the rule set (from fact derivation and the determination itself). */
const EXTRA = {
  reason: ['no-concerns', 'not-assessed'],
  change: ['all-together', 'crisis-first', 'step-down-when-stable', 'step-up-signs'],
  assumption: [
    'disorder-severity-inferred',
    'use-days-unknown',
    'disorder-severity-from-screen',
    'abstinence-unknown-treated-as-early',
    'withdrawal-unknown-daily-sedative-use',
    'withdrawal-unknown-daily-opioid-use',
    'abstinence-in-controlled-environment',
    'withdrawal-substance-unknown',
    'withdrawal-history-unknown',
    'home-monitoring-unknown',
    'suicide-risk-not-assessed',
    'insufficient-information',
    'dimension-not-assessed',
    'dates-read-as-recent',
    'suicide-risk-from-screen-only',
    'withdrawal-expected-sedative',
    'withdrawal-expected-opioid',
    'last-use-time-unknown',
    'telehealth-unknown',
  ],
  warning: [
    'phq9-item9-positive',
    'instrument-total-mismatch',
    'asq-positive-needs-safety-assessment',
    'screen-suicide-higher-than-reported',
    'additional-crisis',
    'date-after-assessment',
  ],
};

function codes(): Record<'reason' | 'change' | 'assumption' | 'warning', Set<string>> {
  const out = {
    reason: new Set(EXTRA.reason),
    change: new Set(EXTRA.change),
    assumption: new Set(EXTRA.assumption),
    warning: new Set(EXTRA.warning),
  };
  for (const r of RULE_SET.rules) {
    if (r.kind === 'dimension' || r.kind === 'combination' || r.kind === 'support') out.reason.add(r.reason);
    if (r.kind === 'dimension' || r.kind === 'combination') {
      if (r.change) out.change.add(r.change);
    }
    if (r.kind === 'dimension' && r.withdrawalChange) out.change.add(r.withdrawalChange);
    if (r.kind === 'warning') out.warning.add(r.warning);
  }
  return out;
}

describe.each([
  ['en', en],
  ['es', es],
] as [string, LocaleMessages][])('the %s locale', (_name, m) => {
  it('has a sentence for every code the engine can emit', () => {
    for (const [section, set] of Object.entries(codes())) {
      for (const code of set) expect(m[section as keyof typeof EXTRA][code], `${section}.${code}`).toBeTypeOf('string');
    }
  });

  it('has no sentence for a code the engine never emits (no dead text)', () => {
    const all = codes();
    for (const section of ['reason', 'change', 'assumption', 'warning'] as const) {
      for (const code of Object.keys(m[section])) expect(all[section].has(code), `${section}.${code}`).toBe(true);
    }
  });

  it('has a sentence for every urgent kind and support, and no others', () => {
    expect(Object.keys(m.urgent).sort()).toEqual([...URGENT_KINDS].sort());
    expect(Object.keys(m.urgentNames).sort()).toEqual([...URGENT_KINDS].sort());
    expect(Object.keys(m.support).sort()).toEqual([...SUPPORTS].sort());
  });

  it('has a sentence for every continued-stay reason and action, and no others', () => {
    expect(Object.keys(m.transition).sort()).toEqual([...new Set(TRANSITION_RULES.map((r) => r.reason))].sort());
    expect(Object.keys(m.transitionAction).sort()).toEqual([...new Set(TRANSITION_RULES.map((r) => r.action))].sort());
  });

  it('uses the same placeholders as English in every sentence', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((x) => x[1]).sort();
    for (const section of ['reason', 'change', 'assumption', 'warning', 'transition'] as const) {
      for (const [code, text] of Object.entries(en[section])) expect(ph(m[section][code] ?? ''), `${section}.${code}`).toEqual(ph(text));
    }
  });
});

describe('filling templates', () => {
  it('drops optional parts whose fact is unknown and words code values', () => {
    expect(fillTemplate('Withdrawal{ciwaAr? (CIWA-Ar {ciwaAr})}.', {}, en)).toBe('Withdrawal.');
    expect(fillTemplate('Withdrawal{ciwaAr? (CIWA-Ar {ciwaAr})}.', { ciwaAr: 14 }, en)).toBe('Withdrawal (CIWA-Ar 14).');
    expect(fillTemplate('Then {level}.', { level: 'intensive-outpatient' }, es)).toBe('Then tratamiento ambulatorio intensivo (IOP).');
    expect(fillTemplate('About {dimension}.', { dimension: 6 }, en)).toBe('About home and recovery environment.');
  });
});
