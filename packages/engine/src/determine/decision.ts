import type { InstrumentScore } from '../instruments/instrument-types.js';
import type { LevelCode, WithdrawalManagement } from '../levels/levels.js';
import type { CrisisKind, Dimension, MedicationOffer, Rating, SupportCode, UrgentKind } from '../rules/rule-types.js';
import type { Message } from './message.js';

/** One dimension's outcome in language-free form. */
export interface DimensionDecision {
  readonly dimension: Dimension;
  readonly rating: Rating;
  readonly minimumLevel: LevelCode;
  readonly reasons: readonly Message[];
  /** Ids of the rules that matched in this dimension. */
  readonly rules: readonly string[];
}

/**
 * The engine's decision before it is put into words: every reason, assumption and warning is a
 * code with facts. `render` turns it into a `carelevel-recommendation/1` in a given language.
 */
export interface Decision {
  readonly caseId?: string;
  readonly level: LevelCode;
  readonly withdrawalManagement: WithdrawalManagement;
  readonly crisis: CrisisKind | null;
  /** Every crisis kind that applied, most urgent first (the first is `crisis`). */
  readonly crises: readonly CrisisKind[];
  /** The most pressing thing to act on today short of an emergency, or null. */
  readonly urgent: UrgentKind | null;
  /** Every urgent kind that applied, most pressing first. */
  readonly urgents: readonly UrgentKind[];
  /** Services beside the level, each with the reasons that called for it. */
  readonly supports: readonly { readonly code: SupportCode; readonly reasons: readonly Message[] }[];
  readonly offerMedication: readonly MedicationOffer[];
  readonly dimensions: readonly DimensionDecision[];
  readonly binding: readonly Dimension[];
  /** Combination rules that matched, with the dimensions they join. */
  readonly combinations: readonly {
    readonly rule: string;
    readonly dimensions: readonly Dimension[];
    readonly minimumLevel: LevelCode;
    readonly reason: Message;
  }[];
  readonly whatWouldChange: readonly Message[];
  readonly assumptions: readonly Message[];
  readonly warnings: readonly Message[];
  readonly scores: Readonly<Record<string, InstrumentScore>>;
  readonly rulesVersion: string;
}
