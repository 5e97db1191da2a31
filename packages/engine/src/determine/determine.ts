import type { CareCase } from '../case/case-schema.js';
import { LEVEL_CODES, WITHDRAWAL_MANAGEMENT, levelIntensity, withdrawalIntensity, type LevelCode } from '../levels/levels.js';
import { compileCondition, flatHolds, flattenCondition, type FlatCondition, type Predicate } from '../rules/compile-condition.js';
import { F, factDisplay, type FactName, type Facts } from '../rules/fact-registry.js';
import { RULE_SET } from '../rules/rule-set.js';
import {
  CRISIS_KINDS,
  URGENT_KINDS,
  type CombinationRule,
  type CrisisKind,
  type Dimension,
  type DimensionRule,
  type MedicationOffer,
  type MedicationRule,
  type Rating,
  type RuleSet,
  type SupportCode,
  type SupportRule,
  type UrgentKind,
  type WarningRule,
} from '../rules/rule-types.js';
import type { Decision, DimensionDecision } from './decision.js';
import { deriveFacts } from './derive-facts.js';
import type { Message } from './message.js';

/** A rule made ready to run: its condition flattened and its effects as small integers. */
interface Compiled<R> {
  readonly rule: R;
  readonly test: FlatCondition;
  /** Minimum level as a ladder position. */
  readonly minimum: number;
  /** Withdrawal-management intensity, or -1. */
  readonly wm: number;
  /** Index of the rule's ladder (shared by steps of one scale), or -1. */
  readonly ladder: number;
  /** The reason, prebuilt when it shows no facts (no allocation per decision). */
  readonly staticReason: Message | undefined;
  /** For advice rules: the condition that holds the advice back, or undefined. */
  readonly unless: Predicate | undefined;
}

export interface CompiledRuleSet {
  readonly version: string;
  readonly dimension: readonly Compiled<DimensionRule>[];
  readonly combination: readonly Compiled<CombinationRule>[];
  readonly medication: readonly Compiled<MedicationRule>[];
  readonly warning: readonly Compiled<WarningRule>[];
  readonly support: readonly Compiled<SupportRule>[];
  readonly ladderCount: number;
}

/** Compile a rule set once: conditions become closures and every fact name and scale word is checked. */
export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const ids = new Set<string>();
  const ladders = new Map<string, number>();
  const dimension: Compiled<DimensionRule>[] = [];
  const combination: Compiled<CombinationRule>[] = [];
  const medication: Compiled<MedicationRule>[] = [];
  const warning: Compiled<WarningRule>[] = [];
  const support: Compiled<SupportRule>[] = [];
  for (const rule of set.rules) {
    if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    const test = flattenCondition(rule.when, rule.id);
    const unlessCondition = 'unless' in rule ? rule.unless : undefined;
    const unless = unlessCondition ? compileCondition(unlessCondition, rule.id) : undefined;
    const none = { wm: -1, ladder: -1, staticReason: undefined, minimum: 0, unless };
    switch (rule.kind) {
      case 'dimension': {
        let ladder = -1;
        if (rule.ladder !== undefined) {
          const key = `${rule.dimension}:${rule.ladder}`;
          ladder = ladders.get(key) ?? ladders.size;
          ladders.set(key, ladder);
        }
        dimension.push({
          rule,
          test,
          minimum: levelIntensity(rule.minimumLevel),
          wm: rule.withdrawalManagement ? withdrawalIntensity(rule.withdrawalManagement) : -1,
          ladder,
          staticReason: rule.show ? undefined : Object.freeze({ code: rule.reason }),
          unless: undefined,
        });
        break;
      }
      case 'combination':
        combination.push({
          ...none,
          rule,
          test,
          minimum: levelIntensity(rule.minimumLevel),
          staticReason: Object.freeze({ code: rule.reason }),
        });
        break;
      case 'medication':
        medication.push({ ...none, rule, test });
        break;
      case 'warning':
        warning.push({ ...none, rule, test, staticReason: Object.freeze({ code: rule.warning }) });
        break;
      case 'support':
        support.push({ ...none, rule, test, staticReason: Object.freeze({ code: rule.reason }) });
        break;
    }
  }
  return { version: set.version, dimension, combination, medication, warning, support, ladderCount: ladders.size };
}

const DEFAULT_RULES = compileRuleSet(RULE_SET);

/** Which case sections and instruments feed which dimension, to say when a dimension had no answers. */
const DIMENSION_INPUTS: readonly { readonly sections: readonly (keyof CareCase)[]; readonly instruments: readonly string[] }[] = [
  { sections: ['withdrawal', 'substances', 'intoxication'], instruments: ['ciwaAr', 'cows'] },
  { sections: ['physicalHealth'], instruments: [] },
  { sections: ['mentalHealth'], instruments: ['phq9', 'phq2', 'gad7', 'asq'] },
  { sections: ['readiness'], instruments: ['readinessRuler'] },
  { sections: ['relapsePotential', 'substances'], instruments: ['auditC', 'audit', 'dast10'] },
  { sections: ['environment'], instruments: [] },
];

function dimensionAnswered(c: CareCase, i: number): boolean {
  const inputs = DIMENSION_INPUTS[i] as (typeof DIMENSION_INPUTS)[number];
  for (const k of inputs.sections) if (c[k] != null) return true;
  const given = c.instruments;
  if (given) for (const k of inputs.instruments) if (given[k] != null) return true;
  return false;
}

function reasonFacts(show: readonly FactName[], facts: Facts): Message['facts'] {
  let out: Record<string, string | number | boolean> | undefined;
  for (const name of show) {
    const v = facts[F[name]] as number;
    if (Number.isNaN(v)) continue;
    (out ??= {})[name] = factDisplay(name, v);
  }
  return out;
}

const CRISIS_RANK: Readonly<Record<string, number>> = Object.fromEntries(CRISIS_KINDS.map((k, i) => [k, i]));
const URGENT_RANK: Readonly<Record<string, number>> = Object.fromEntries(URGENT_KINDS.map((k, i) => [k, i]));

const holds = (cr: { test: FlatCondition }, facts: Facts): boolean => flatHolds(cr.test, facts);

/** An advice rule applies when its condition holds and nothing holds it back. */
const advises = (cr: { test: FlatCondition; unless: Predicate | undefined }, facts: Facts): boolean =>
  flatHolds(cr.test, facts) && !(cr.unless !== undefined && cr.unless(facts));
const RESIDENTIAL = levelIntensity('residential-low');
const INPATIENT = levelIntensity('inpatient-medical');
const WM_RESIDENTIAL = withdrawalIntensity('residential');
const WM_INPATIENT = withdrawalIntensity('inpatient');

/**
 * Decide a validated case: dimension ratings with reasons, the least intensive level that is safe,
 * withdrawal management, crisis, medication, what binds and what would change it. Pure: no I/O,
 * no clock, no randomness; the same case and rule set always give the same decision.
 */
/** Instruments that are about alcohol or drug use: having one means use is part of the picture. */
const USE_SCREENS = ['auditC', 'audit', 'dast10', 'ciwaAr', 'cows', 'pawss', 'crafft'] as const;

export function determine(c: CareCase, rules: CompiledRuleSet = DEFAULT_RULES): Decision {
  const { facts, scores, assumptions, warnings } = deriveFacts(c);

  const ratings = [0, 0, 0, 0, 0, 0];
  const minimums = [0, 0, 0, 0, 0, 0];
  const reasons: Message[][] = [[], [], [], [], [], []];
  const ruleIds: string[][] = [[], [], [], [], [], []];
  // Where each ladder's reason sits in its dimension's list (-1: not yet).
  const ladderAt: number[] = new Array<number>(rules.ladderCount).fill(-1);
  const held: Compiled<DimensionRule | CombinationRule>[] = [];
  let wm = 0;
  const crises: CrisisKind[] = [];
  const urgents: UrgentKind[] = [];

  for (const cr of rules.dimension) {
    if (!holds(cr, facts)) continue;
    const r = cr.rule;
    const i = r.dimension - 1;
    held.push(cr);
    if (r.rating > (ratings[i] as number)) ratings[i] = r.rating;
    if (cr.minimum > (minimums[i] as number)) minimums[i] = cr.minimum;
    const list = reasons[i] as Message[];
    let reason = cr.staticReason;
    if (reason === undefined) {
      const shown = reasonFacts(r.show as readonly FactName[], facts);
      reason = shown ? { code: r.reason, facts: shown } : { code: r.reason };
    }
    if (cr.ladder >= 0) {
      const at = ladderAt[cr.ladder] as number;
      // Rules are listed mildest first, so a later step of the same ladder replaces the earlier reason.
      if (at >= 0) list[at] = reason;
      else {
        ladderAt[cr.ladder] = list.length;
        list.push(reason);
      }
    } else list.push(reason);
    (ruleIds[i] as string[]).push(r.id);
    if (cr.wm > wm) wm = cr.wm;
    if (r.crisis !== undefined && !crises.includes(r.crisis)) crises.push(r.crisis);
    if (r.urgent !== undefined && !urgents.includes(r.urgent)) urgents.push(r.urgent);
  }

  facts[F.d1] = ratings[0] as number;
  facts[F.d2] = ratings[1] as number;
  facts[F.d3] = ratings[2] as number;
  facts[F.d4] = ratings[3] as number;
  facts[F.d5] = ratings[4] as number;
  facts[F.d6] = ratings[5] as number;

  let level = 0;
  for (const m of minimums) if (m > level) level = m;
  const combinations: Decision['combinations'][number][] = [];
  const dimensionRules = held.length;
  for (const cr of rules.combination) {
    if (!holds(cr, facts)) continue;
    held.push(cr);
    combinations.push({
      rule: cr.rule.id,
      dimensions: cr.rule.dimensions,
      minimumLevel: cr.rule.minimumLevel,
      reason: cr.staticReason as Message,
    });
    if (cr.minimum > level) level = cr.minimum;
  }

  // Withdrawal is managed where the person will be: once a 24-hour level is recommended, any
  // withdrawal care happens in that setting, not as an outpatient (still never lowered).
  if (wm > 0 && level >= RESIDENTIAL) wm = Math.max(wm, level === INPATIENT ? WM_INPATIENT : WM_RESIDENTIAL);

  // Binding: the dimensions (and combinations) whose minimum is the recommended level.
  const binding: Dimension[] = [];
  if (level > 0) {
    for (let i = 0; i < 6; i++) if (minimums[i] === level) binding.push((i + 1) as Dimension);
    for (let k = dimensionRules; k < held.length; k++) {
      const cr = held[k] as Compiled<CombinationRule>;
      if (cr.minimum === level) for (const d of cr.rule.dimensions) if (!binding.includes(d)) binding.push(d);
    }
    if (binding.length > 1) binding.sort((a, b) => a - b);
  }

  // What would change this: for each way out named by a rule that holds the level (or the
  // withdrawal setting) where it is, the level that would fit if that problem were solved (every
  // rule naming the same way out off).
  const solvedBy = (cr: (typeof held)[number], codes: readonly string[]): boolean => {
    const r = cr.rule;
    if (r.change !== undefined && codes.includes(r.change)) return true;
    return r.kind === 'dimension' && r.withdrawalChange !== undefined && codes.includes(r.withdrawalChange);
  };
  const changeCodes: string[] = [];
  const withdrawalCodes: string[] = [];
  for (const cr of held) {
    const r = cr.rule;
    if (cr.minimum === level && r.change !== undefined && !changeCodes.includes(r.change)) changeCodes.push(r.change);
    if (r.kind === 'dimension' && r.withdrawalChange !== undefined && cr.wm === wm && !withdrawalCodes.includes(r.withdrawalChange))
      withdrawalCodes.push(r.withdrawalChange);
  }
  const levelWithout = (codes: readonly string[]): number => {
    let m = 0;
    for (const cr of held) if (cr.minimum > m && !solvedBy(cr, codes)) m = cr.minimum;
    return m;
  };
  const settingWithout = (codes: readonly string[], atLevel: number): number => {
    let m = 0;
    for (let k = 0; k < dimensionRules; k++) {
      const cr = held[k] as (typeof held)[number];
      if (cr.wm > m && !solvedBy(cr, codes)) m = cr.wm;
    }
    return m > 0 && atLevel >= RESIDENTIAL ? Math.max(m, atLevel === INPATIENT ? WM_INPATIENT : WM_RESIDENTIAL) : m;
  };
  const levelCode = LEVEL_CODES[level] as LevelCode;
  const whatWouldChange: Message[] = [];
  if (crises.length > 1) crises.sort((a, b) => (CRISIS_RANK[a] as number) - (CRISIS_RANK[b] as number));
  if (crises.length > 0) whatWouldChange.push({ code: 'crisis-first', facts: { level: levelCode } });
  let anySingle = false;
  for (const code of withdrawalCodes) {
    const alt = levelWithout([code]);
    if (settingWithout([code], alt) >= WM_RESIDENTIAL) continue;
    whatWouldChange.push(alt < level ? { code, facts: { level: LEVEL_CODES[alt] as LevelCode } } : { code });
    if (alt < level) anySingle = true;
  }
  for (const code of changeCodes) {
    if (withdrawalCodes.includes(code)) continue;
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
    // Listed under "all-together" without a level: none of them is enough alone, so none may say it is.
    for (const code of changeCodes) whatWouldChange.push({ code });
  }
  // Someone who uses nothing is not told to watch their use and cravings.
  const usesSomething = (c.substances ?? []).some((s) => s.name !== 'tobacco') || USE_SCREENS.some((k) => c.instruments?.[k] !== undefined);
  whatWouldChange.push({
    code: level >= RESIDENTIAL ? 'step-down-when-stable' : 'step-up-signs',
    facts: usesSomething ? { level: levelCode, use: true } : { level: levelCode },
  });

  if (urgents.length > 1) urgents.sort((a, b) => (URGENT_RANK[a] as number) - (URGENT_RANK[b] as number));
  const offerMedication: MedicationOffer[] = [];
  for (const cr of rules.medication)
    if (advises(cr, facts) && !offerMedication.includes(cr.rule.offer)) offerMedication.push(cr.rule.offer);
  for (const cr of rules.warning) if (advises(cr, facts)) warnings.push(cr.staticReason as Message);
  const supports: { code: SupportCode; reasons: Message[] }[] = [];
  for (const cr of rules.support) {
    if (!advises(cr, facts)) continue;
    const reason = cr.staticReason as Message;
    const found = supports.find((s) => s.code === cr.rule.support);
    if (found === undefined) supports.push({ code: cr.rule.support, reasons: [reason] });
    else if (!found.reasons.some((m) => m.code === reason.code)) found.reasons.push(reason);
  }
  for (let k = 1; k < crises.length; k++) warnings.push({ code: 'additional-crisis', facts: { kind: crises[k] as string } });

  const dimensions: DimensionDecision[] = [];
  for (let i = 0; i < 6; i++) {
    const d = (i + 1) as Dimension;
    const list = reasons[i] as Message[];
    if (list.length === 0) {
      if (dimensionAnswered(c, i)) list.push({ code: 'no-concerns', facts: { dimension: d } });
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

  const decision: Decision = {
    level: levelCode,
    withdrawalManagement: WITHDRAWAL_MANAGEMENT[wm] as Decision['withdrawalManagement'],
    crisis: crises[0] ?? null,
    crises,
    urgent: urgents[0] ?? null,
    urgents,
    supports,
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
  if (c.id != null) (decision as { caseId?: string }).caseId = c.id;
  return decision;
}
