import type { CareCase } from '../case/case-schema.js';
import { LEVEL_CODES, WITHDRAWAL_MANAGEMENT, levelIntensity, withdrawalIntensity, type LevelCode, type WithdrawalManagement } from '../levels/levels.js';
import { compileCondition, type Predicate } from '../rules/compile-condition.js';
import { factDisplay, type FactName, type Facts } from '../rules/fact-registry.js';
import { RULE_SET } from '../rules/rule-set.js';
import {
  CRISIS_KINDS,
  type CombinationRule,
  type CrisisKind,
  type Dimension,
  type DimensionRule,
  type MedicationOffer,
  type MedicationRule,
  type Rating,
  type RuleSet,
  type WarningRule,
} from '../rules/rule-types.js';
import type { Decision, DimensionDecision } from './decision.js';
import { deriveFacts } from './derive-facts.js';
import type { Message } from './message.js';

interface Compiled<R> {
  readonly rule: R;
  readonly test: Predicate;
  readonly minimum: number;
}

export interface CompiledRuleSet {
  readonly version: string;
  readonly dimension: readonly Compiled<DimensionRule>[];
  readonly combination: readonly Compiled<CombinationRule>[];
  readonly medication: readonly Compiled<MedicationRule>[];
  readonly warning: readonly Compiled<WarningRule>[];
}

/** Compile a rule set once: conditions become closures and every fact name is checked. */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const ids = new Set<string>();
  const dimension: Compiled<DimensionRule>[] = [];
  const combination: Compiled<CombinationRule>[] = [];
  const medication: Compiled<MedicationRule>[] = [];
  const warning: Compiled<WarningRule>[] = [];
  for (const rule of set.rules) {
    if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    const test = compileCondition(rule.when, rule.id);
    switch (rule.kind) {
      case 'dimension':
        dimension.push({ rule, test, minimum: levelIntensity(rule.minimumLevel) });
        break;
      case 'combination':
        combination.push({ rule, test, minimum: levelIntensity(rule.minimumLevel) });
        break;
      case 'medication':
        medication.push({ rule, test, minimum: 0 });
        break;
      case 'warning':
        warning.push({ rule, test, minimum: 0 });
        break;
    }
  }
  return { version: set.version, dimension, combination, medication, warning };
}

const DEFAULT_RULES = compileRuleSet(RULE_SET);

/** Which case sections feed which dimension, to say when a dimension had no answers at all. */
const DIMENSION_SECTIONS: Readonly<Record<Dimension, readonly (keyof CareCase)[]>> = {
  1: ['withdrawal', 'substances', 'intoxication'],
  2: ['physicalHealth'],
  3: ['mentalHealth'],
  4: ['readiness'],
  5: ['relapsePotential', 'substances'],
  6: ['environment'],
};
const DIMENSION_INSTRUMENTS: Readonly<Partial<Record<Dimension, readonly string[]>>> = {
  1: ['ciwaAr', 'cows'],
  3: ['phq9', 'phq2', 'gad7', 'asq'],
  4: ['readinessRuler'],
  5: ['auditC', 'audit', 'dast10'],
};

function reasonFacts(show: readonly FactName[] | undefined, facts: Facts): Message['facts'] {
  if (!show) return undefined;
  let out: Record<string, string | number | boolean> | undefined;
  for (const name of show) {
    const v = facts[name];
    if (typeof v === 'number' && Number.isNaN(v)) continue;
    (out ??= {})[name] = factDisplay(name, v);
  }
  return out;
}

const CRISIS_RANK: Readonly<Record<string, number>> = Object.fromEntries(CRISIS_KINDS.map((k, i) => [k, i]));

/**
 * Decide a validated case: dimension ratings with reasons, the least intensive level that is safe,
 * withdrawal management, crisis, medication, what binds and what would change it. Pure: no I/O,
 * no clock, no randomness; the same case and rule set always give the same decision.
 */
export function determine(c: CareCase, rules: CompiledRuleSet = DEFAULT_RULES): Decision {
  const { facts, scores, assumptions, warnings } = deriveFacts(c);

  const ratings: Rating[] = [0, 0, 0, 0, 0, 0];
  const minimums = [0, 0, 0, 0, 0, 0];
  const reasons: Message[][] = [[], [], [], [], [], []];
  const ruleIds: string[][] = [[], [], [], [], [], []];
  const ladderAt: Map<string, number>[] = [new Map(), new Map(), new Map(), new Map(), new Map(), new Map()];
  const matched: Compiled<DimensionRule>[] = [];
  let wm = 0;
  const crises: CrisisKind[] = [];

  for (const cr of rules.dimension) {
    if (!cr.test(facts)) continue;
    const r = cr.rule;
    const i = r.dimension - 1;
    matched.push(cr);
    if (r.rating > (ratings[i] as number)) ratings[i] = r.rating;
    if (cr.minimum > (minimums[i] as number)) minimums[i] = cr.minimum;
    const shown = reasonFacts(r.show, facts);
    const reason: Message = shown ? { code: r.reason, facts: shown } : { code: r.reason };
    const list = reasons[i] as Message[];
    const step = r.ladder === undefined ? -1 : (ladderAt[i] as Map<string, number>).get(r.ladder) ?? -1;
    if (step >= 0) {
      // Rules are listed mildest first, so a later step of the same ladder replaces the earlier reason.
      list[step] = reason;
    } else {
      if (r.ladder !== undefined) (ladderAt[i] as Map<string, number>).set(r.ladder, list.length);
      list.push(reason);
    }
    (ruleIds[i] as string[]).push(r.id);
    if (r.withdrawalManagement) wm = Math.max(wm, withdrawalIntensity(r.withdrawalManagement));
    if (r.crisis && !crises.includes(r.crisis)) crises.push(r.crisis);
  }

  facts.d1 = ratings[0] as number;
  facts.d2 = ratings[1] as number;
  facts.d3 = ratings[2] as number;
  facts.d4 = ratings[3] as number;
  facts.d5 = ratings[4] as number;
  facts.d6 = ratings[5] as number;

  let level = 0;
  for (const m of minimums) if (m > level) level = m;
  const combinations: Decision['combinations'][number][] = [];
  const matchedCombinations: Compiled<CombinationRule>[] = [];
  for (const cr of rules.combination) {
    if (!cr.test(facts)) continue;
    matchedCombinations.push(cr);
    combinations.push({
      rule: cr.rule.id,
      dimensions: cr.rule.dimensions,
      minimumLevel: cr.rule.minimumLevel,
      reason: { code: cr.rule.reason },
    });
    if (cr.minimum > level) level = cr.minimum;
  }

  // Binding: the dimensions (and combinations) whose minimum is the recommended level.
  const bindingSet = new Set<Dimension>();
  for (let i = 0; i < 6; i++) if (minimums[i] === level && level > 0) bindingSet.add((i + 1) as Dimension);
  for (const cr of matchedCombinations) if (cr.minimum === level) for (const d of cr.rule.dimensions) bindingSet.add(d);
  const binding = [...bindingSet].sort((a, b) => a - b);

  // What would change this: for each way out named by a rule that holds the level where it is,
  // the level that would fit if that problem were solved (every rule naming the same way out off).
  const held = [...matched, ...matchedCombinations];
  const changeCodes: string[] = [];
  for (const cr of held) if (cr.minimum === level && cr.rule.change && !changeCodes.includes(cr.rule.change)) changeCodes.push(cr.rule.change);
  const levelWithout = (codes: readonly string[]): number => {
    let m = 0;
    for (const cr of held) if (cr.minimum > m && !(cr.rule.change !== undefined && codes.includes(cr.rule.change))) m = cr.minimum;
    return m;
  };
  const levelCode = LEVEL_CODES[level] as LevelCode;
  const whatWouldChange: Message[] = [];
  crises.sort((a, b) => (CRISIS_RANK[a] as number) - (CRISIS_RANK[b] as number));
  if (crises.length > 0) whatWouldChange.push({ code: 'crisis-first', facts: { level: levelCode } });
  let anySingle = false;
  for (const code of changeCodes) {
    const alt = levelWithout([code]);
    if (alt < level) {
      anySingle = true;
      whatWouldChange.push({ code, facts: { level: LEVEL_CODES[alt] as LevelCode } });
    }
  }
  if (!anySingle && changeCodes.length > 1) {
    // No single change lowers the level; say what all of them together would do.
    const alt = LEVEL_CODES[levelWithout(changeCodes)] as LevelCode;
    whatWouldChange.push({ code: 'all-together', facts: { level: alt } });
    for (const code of changeCodes) whatWouldChange.push({ code, facts: { level: alt } });
  }
  whatWouldChange.push({ code: level >= levelIntensity('residential-low') ? 'step-down-when-stable' : 'step-up-signs', facts: { level: levelCode } });

  const offerMedication: MedicationOffer[] = [];
  for (const cr of rules.medication) if (cr.test(facts) && !offerMedication.includes(cr.rule.offer)) offerMedication.push(cr.rule.offer);
  for (const cr of rules.warning) if (cr.test(facts)) warnings.push({ code: cr.rule.warning });
  for (const extra of crises.slice(1)) warnings.push({ code: 'additional-crisis', facts: { kind: extra } });

  const dimensions: DimensionDecision[] = [];
  for (let i = 0; i < 6; i++) {
    const d = (i + 1) as Dimension;
    const list = reasons[i] as Message[];
    if (list.length === 0) {
      const known =
        DIMENSION_SECTIONS[d].some((k) => c[k] != null) || (DIMENSION_INSTRUMENTS[d] ?? []).some((k) => c.instruments?.[k] != null);
      if (known) list.push({ code: 'no-concerns', facts: { dimension: d } });
      else {
        list.push({ code: 'not-assessed', facts: { dimension: d } });
        assumptions.push({ code: 'dimension-not-assessed', facts: { dimension: d } });
      }
    }
    dimensions.push({
      dimension: d,
      rating: ratings[i] as Rating,
      minimumLevel: LEVEL_CODES[minimums[i] as number] as LevelCode,
      reasons: list,
      rules: ruleIds[i] as string[],
    });
  }

  return {
    ...(c.id != null ? { caseId: c.id } : {}),
    level: levelCode,
    withdrawalManagement: WITHDRAWAL_MANAGEMENT[wm] as WithdrawalManagement,
    crisis: crises[0] ?? null,
    crises,
    offerMedication,
    dimensions,
    binding,
    combinations,
    whatWouldChange,
    assumptions,
    warnings,
    scores,
    rulesVersion: rules.version,
  };
}
