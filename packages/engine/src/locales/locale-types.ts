import type { LevelCode, WithdrawalManagement } from '../levels/levels.js';
import type { SubstanceName } from '../case/case-schema.js';
import type { CrisisKind, MedicationOffer, SupportCode, UrgentKind } from '../rules/rule-types.js';
import type { TransitionAction } from '../transitions/transition-rules.js';
import type { AftercareComponent } from '../aftercare/aftercare-plan.js';
import type { VarianceReason } from '../levels/variance.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every sentence the engine can produce, per language. A test checks both locales cover every code. */
export interface LocaleMessages {
  /** Decision-support notice shown with every recommendation. */
  readonly notice: string;
  /** The BCP 47 locale dates are written in ("en-US": November 28, 2026; "es-US": 28 de noviembre de 2026). */
  readonly dateLocale: string;
  readonly levels: Readonly<Record<LevelCode, string>>;
  readonly withdrawalManagement: Readonly<Record<WithdrawalManagement, string>>;
  readonly dimensions: Readonly<Record<'1' | '2' | '3' | '4' | '5' | '6', string>>;
  readonly medication: Readonly<Record<MedicationOffer, string>>;
  readonly substances: Readonly<Record<SubstanceName, string>>;
  /** Scale words that can appear as fact values inside sentences. */
  readonly terms: Readonly<Record<string, string>>;
  readonly crisis: Readonly<Record<CrisisKind, string>>;
  readonly crisisNames: Readonly<Record<CrisisKind, string>>;
  /** What to do today when something is urgent but not an emergency. */
  readonly urgent: Readonly<Record<UrgentKind, string>>;
  readonly urgentNames: Readonly<Record<UrgentKind, string>>;
  /** Supports beside the level: what each is, in a sentence. */
  readonly support: Readonly<Record<SupportCode, string>>;
  readonly reason: Readonly<Record<string, string>>;
  readonly change: Readonly<Record<string, string>>;
  readonly assumption: Readonly<Record<string, string>>;
  readonly warning: Readonly<Record<string, string>>;
  /** Why a person is in another level than the one indicated, as words inside a sentence. */
  readonly varianceReason: Readonly<Record<VarianceReason, string>>;
  /** Continued-stay review: action names and reasons. */
  readonly transitionAction: Readonly<Record<TransitionAction, string>>;
  readonly transition: Readonly<Record<string, string>>;
  /** Aftercare: component names, why each is suggested, and the fixed crisis steps. */
  readonly aftercareComponent: Readonly<Record<AftercareComponent, string>>;
  readonly aftercare: Readonly<Record<string, string>>;
}
