import type { LevelCode, WithdrawalManagement } from '../levels/levels.js';
import type { FactName } from './fact-registry.js';

/**
 * A condition over facts. Ordinal facts compare by scale word (`{ fact: 'cravings', atLeast: 'high' }`).
 * There is deliberately no `not`: every condition asks "at least this bad", which keeps the rule set
 * monotone (a worse answer can only switch rules on).
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly fact: FactName; readonly is: true }
  | { readonly fact: FactName; readonly atLeast: string | number }
  /** For numbers where lower is worse (days abstinent, hours since last use). Unknown never matches. */
  | { readonly fact: FactName; readonly below: number };

export type Dimension = 1 | 2 | 3 | 4 | 5 | 6;
export type Rating = 0 | 1 | 2 | 3 | 4;

export const CRISIS_KINDS = ['overdose', 'medical-emergency', 'suicide-risk', 'harm-to-others', 'severe-withdrawal'] as const;
/** Crisis kinds, most urgent first: when several apply, the first is shown and the rest are warned. */
export type CrisisKind = (typeof CRISIS_KINDS)[number];

export type MedicationOffer = 'opioid-use-disorder' | 'alcohol-use-disorder';

interface RuleBase {
  /** Stable identifier; never reused for a different rule. */
  readonly id: string;
  readonly when: Condition;
  /** Why the rule exists, in one or two sentences a clinician can check. */
  readonly rationale: string;
  /** Keys into docs/clinical-sources.md. */
  readonly sources: readonly string[];
  /** Facts shown with the reason (their values fill the sentence). */
  readonly show?: readonly FactName[];
}

/** Rates one dimension and sets the least intensive level that dimension alone allows. */
export interface DimensionRule extends RuleBase {
  readonly kind: 'dimension';
  readonly dimension: Dimension;
  readonly rating: Rating;
  readonly minimumLevel: LevelCode;
  readonly withdrawalManagement?: WithdrawalManagement;
  readonly crisis?: CrisisKind;
  /** Reason code (locale key `reason.<code>`). */
  readonly reason: string;
  /** What would lower the level if this rule set it (locale key `change.<code>`). */
  readonly change?: string;
  /**
   * Rules that are steps of one scale (mild → moderate → severe) share a ladder. All steps still
   * count for the rating, but only the highest matching step's reason is shown, so a person reads
   * "no one supports recovery", not that and "some support" together.
   */
  readonly ladder?: string;
}

/** Where dimensions compound: a level that no single dimension would require. */
export interface CombinationRule extends RuleBase {
  readonly kind: 'combination';
  readonly dimensions: readonly Dimension[];
  readonly minimumLevel: LevelCode;
  readonly reason: string;
  readonly change?: string;
}

export interface MedicationRule extends RuleBase {
  readonly kind: 'medication';
  readonly offer: MedicationOffer;
}

export interface WarningRule extends RuleBase {
  readonly kind: 'warning';
  /** Warning code (locale key `warning.<code>`). */
  readonly warning: string;
}

export type Rule = DimensionRule | CombinationRule | MedicationRule | WarningRule;

export interface RuleSet {
  readonly version: string;
  readonly rules: readonly Rule[];
}
