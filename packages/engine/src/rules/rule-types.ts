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

export const URGENT_KINDS = [
  'suicide-risk-moderate',
  'suicide-screen-positive',
  'harm-risk-moderate',
  'withdrawal-monitoring',
  'psychosis',
  'after-discharge',
] as const;
/**
 * Something to act on today that is not an emergency, most pressing first: talk to a clinician
 * about safety, go to a watched withdrawal setting before withdrawal starts, see someone within days
 * of leaving a hospital. Shown above the level, after any crisis.
 */
export type UrgentKind = (typeof URGENT_KINDS)[number];

export const SUPPORTS = [
  'safety-planning',
  'recovery-residence',
  'housing',
  'case-management',
  'transport',
  'telehealth',
  'childcare',
  'family-involvement',
  'legal-coordination',
] as const;
/** A service beside the level that makes it work (a sober home beside IOP, a ride to daily checks). */
export type SupportCode = (typeof SUPPORTS)[number];

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
  readonly urgent?: UrgentKind;
  /** Reason code (locale key `reason.<code>`). */
  readonly reason: string;
  /** What would lower the level if this rule set it (locale key `change.<code>`). */
  readonly change?: string;
  /**
   * What would let withdrawal be managed at home with daily checks if this rule set its setting
   * (locale key `change.<code>`; the sentence also says the lower level when there is one).
   */
  readonly withdrawalChange?: string;
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

/**
 * Offers and advice are not placements, so they may hold back on a fact (no alcohol medication in
 * pregnancy): `unless` is allowed here and nowhere that sets a level, a setting or a flag.
 */
interface AdviceRule extends RuleBase {
  readonly unless?: Condition;
}

export interface MedicationRule extends AdviceRule {
  readonly kind: 'medication';
  readonly offer: MedicationOffer;
}

export interface WarningRule extends AdviceRule {
  readonly kind: 'warning';
  /** Warning code (locale key `warning.<code>`). */
  readonly warning: string;
}

/** A support beside the level, with the reason that called for it (locale key `reason.<reason>`). */
export interface SupportRule extends AdviceRule {
  readonly kind: 'support';
  readonly support: SupportCode;
  readonly reason: string;
}

export type Rule = DimensionRule | CombinationRule | MedicationRule | WarningRule | SupportRule;

export interface RuleSet {
  readonly version: string;
  readonly rules: readonly Rule[];
}
