import type { CareCase } from '../case/case-schema.js';
import type { InstrumentScore } from '../instruments/instrument-types.js';
import { newFacts, type Facts } from '../rules/fact-registry.js';
import { readCase } from './case-reading.js';
import { writeFacts } from './group-facts.js';
import type { Message } from './message.js';

export interface Derived {
  readonly facts: Facts;
  readonly scores: Record<string, InstrumentScore>;
  readonly assumptions: Message[];
  readonly warnings: Message[];
}

/**
 * Turn a validated case into the facts the rules read: the case is read once (case-reading.ts), then
 * each group of facts is written from that reading (group-facts.ts). The facts are a new array every
 * time: nothing is shared between decisions. The ratings (d1–d6) are left at 0 for the decision to set.
 */
export function deriveFacts(c: CareCase): Derived {
  const r = readCase(c);
  const facts = newFacts();
  writeFacts(r, facts);
  return { facts, scores: r.scores, assumptions: r.assumptions, warnings: r.warnings };
}
