import type { LevelCode } from '@carelevel/engine';
import type {
  AgeGroup,
  Medication,
  Payment,
  Population,
  ResidentialStay,
  Service,
  SexAccepted,
  WithdrawalSetting,
} from '../model/vocabulary.js';

/** What one locator service code says about a program, in our model's words. */
export type Effect =
  | { readonly kind: 'scope'; readonly value: 'substance-use' | 'mental-health' | 'co-occurring' }
  | { readonly kind: 'level'; readonly value: LevelCode }
  | { readonly kind: 'withdrawal'; readonly value: WithdrawalSetting }
  | { readonly kind: 'stay'; readonly value: ResidentialStay }
  | { readonly kind: 'otp' }
  | { readonly kind: 'medication'; readonly value: Medication }
  | { readonly kind: 'payment'; readonly value: Payment }
  | { readonly kind: 'service'; readonly value: Service }
  | { readonly kind: 'population'; readonly value: Population }
  | { readonly kind: 'age'; readonly value: AgeGroup }
  | { readonly kind: 'sex'; readonly value: SexAccepted }
  | { readonly kind: 'language'; readonly value: string };
