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

/** A fact that must reach a value for a condition to hold: read before the condition's closure. */
export interface Gate {
  readonly slot: number;
  readonly min: number;
}

/**
 * The gate of a condition, if it has one: the first fact an `all` (or a lone fact) requires to be at
 * least something above nothing. Most facts of most cases sit at nothing, so one array read skips
 * most rules without calling their closures, which share a single call site in the decision loop
 * and so cannot be inlined there.
 */
export function conditionGate(c: Condition, ruleId: string): Gate | undefined {
  if ('all' in c) {
    for (const part of c.all) {
      const g = conditionGate(part, ruleId);
      if (g) return g;
    }
    return undefined;
  }
  if ('any' in c || 'below' in c) return undefined;
  const slot = F[c.fact];
  if ('is' in c) return { slot, min: 1 };
  const min = threshold(c.fact, c.atLeast, ruleId);
  return min > 0 ? { slot, min } : undefined;
}
