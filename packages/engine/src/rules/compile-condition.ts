import { F, FACT_SPECS, SCALES, type FactName, type FactSpec, type Facts } from './fact-registry.js';
import type { Condition } from './rule-types.js';

export type Predicate = (facts: Facts) => boolean;

export class RuleDefinitionError extends Error {
  override readonly name = 'RuleDefinitionError';
}

function threshold(fact: FactName, value: string | number, ruleId: string): number {
  const spec: FactSpec = FACT_SPECS[fact];
  if (spec.type === 'ordinal') {
    const scale = SCALES[spec.scale] as readonly string[];
    const idx = typeof value === 'number' ? value : scale.indexOf(value);
    if (idx < 0 || idx >= scale.length) {
      throw new RuleDefinitionError(`${ruleId}: ${String(value)} is not on the ${spec.scale} scale (${scale.join(', ')})`);
    }
    return idx;
  }
  if (spec.type === 'number' && typeof value === 'number') return value;
  throw new RuleDefinitionError(`${ruleId}: fact ${fact} is ${spec.type}; "atLeast ${String(value)}" does not apply`);
}

/**
 * Compile a data condition into a closure once, when the rule set loads, so deciding a case is a
 * handful of property reads and comparisons. Unknown facts or scale words fail loudly at load time.
 */
export function compileCondition(c: Condition, ruleId: string): Predicate {
  if ('all' in c) {
    const parts = c.all.map((p) => compileCondition(p, ruleId));
    const [a, b, d] = parts;
    if (parts.length === 2 && a && b) return (f) => a(f) && b(f);
    if (parts.length === 3 && a && b && d) return (f) => a(f) && b(f) && d(f);
    return (f) => {
      for (const p of parts) if (!p(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((p) => compileCondition(p, ruleId));
    const [a, b] = parts;
    if (parts.length === 2 && a && b) return (f) => a(f) || b(f);
    return (f) => {
      for (const p of parts) if (p(f)) return true;
      return false;
    };
  }
  const fact = c.fact;
  if (!(fact in FACT_SPECS)) throw new RuleDefinitionError(`${ruleId}: unknown fact "${fact}"`);
  const slot = F[fact];
  if ('is' in c) {
    if (FACT_SPECS[fact].type !== 'boolean') throw new RuleDefinitionError(`${ruleId}: fact ${fact} is not true/false`);
    return (f) => f[slot] === 1;
  }
  if ('below' in c) {
    if (FACT_SPECS[fact].type !== 'number') throw new RuleDefinitionError(`${ruleId}: "below" needs a number fact, ${fact} is not`);
    const limit = c.below;
    // NaN (unknown) compares false, so an unknown number never switches a rule on.
    return (f) => (f[slot] as number) < limit;
  }
  const min = threshold(fact, c.atLeast, ruleId);
  return (f) => (f[slot] as number) >= min;
}

/**
 * A condition as a flat conjunction: simple terms read one fact each (`facts[slot] >= min`, or
 * `< limit` for a `below`), checked in one tight loop; anything nested stays a closure, called after
 * the simple terms pass. Most rules are all simple, so deciding a case calls almost no closures —
 * closures of a hundred rules share one call site, which the compiler cannot inline.
 */
export interface FlatCondition {
  /** The first simple term, kept as plain numbers: most conditions fail on it, and it is read first. */
  readonly firstSlot: number;
  readonly firstBound: number;
  readonly firstBelow: boolean;
  readonly slots: Int32Array;
  /** The bound for each simple term. */
  readonly bounds: Float64Array;
  /** 1 where the term is `below` (lower is worse), 0 where it is `at least` / `is`. */
  readonly below: Uint8Array;
  readonly nested: readonly Predicate[];
}

function simpleTerm(c: Condition, ruleId: string): { slot: number; bound: number; below: boolean } | null {
  if ('all' in c || 'any' in c) return null;
  const fact = c.fact;
  if (!(fact in FACT_SPECS)) throw new RuleDefinitionError(`${ruleId}: unknown fact "${fact}"`);
  const slot = F[fact];
  if ('is' in c) {
    if (FACT_SPECS[fact].type !== 'boolean') throw new RuleDefinitionError(`${ruleId}: fact ${fact} is not true/false`);
    return { slot, bound: 1, below: false };
  }
  if ('below' in c) {
    if (FACT_SPECS[fact].type !== 'number') throw new RuleDefinitionError(`${ruleId}: "below" needs a number fact, ${fact} is not`);
    return { slot, bound: c.below, below: true };
  }
  return { slot, bound: threshold(fact, c.atLeast, ruleId), below: false };
}

export function flattenCondition(c: Condition, ruleId: string): FlatCondition {
  const parts = 'all' in c ? c.all : [c];
  const simple: { slot: number; bound: number; below: boolean }[] = [];
  const nested: Predicate[] = [];
  for (const part of parts) {
    const t = simpleTerm(part, ruleId);
    if (t) simple.push(t);
    else nested.push(compileCondition(part, ruleId));
  }
  const first = simple[0];
  return {
    firstSlot: first ? first.slot : -1,
    firstBound: first ? first.bound : 0,
    firstBelow: first ? first.below : false,
    slots: Int32Array.from(simple.map((t) => t.slot)),
    bounds: Float64Array.from(simple.map((t) => t.bound)),
    below: Uint8Array.from(simple.map((t) => (t.below ? 1 : 0))),
    nested,
  };
}

/** Whether a flat condition holds for these facts (NaN, an unknown number, never passes a term). */
export function flatHolds(c: FlatCondition, facts: Facts): boolean {
  if (c.firstSlot >= 0) {
    const v = facts[c.firstSlot] as number;
    if (c.firstBelow ? !(v < c.firstBound) : !(v >= c.firstBound)) return false;
  }
  const { slots, bounds, below } = c;
  for (let i = 1; i < slots.length; i++) {
    const v = facts[slots[i] as number] as number;
    if (below[i] === 1 ? !(v < (bounds[i] as number)) : !(v >= (bounds[i] as number))) return false;
  }
  const nested = c.nested;
  for (let i = 0; i < nested.length; i++) if (!(nested[i] as Predicate)(facts)) return false;
  return true;
}
