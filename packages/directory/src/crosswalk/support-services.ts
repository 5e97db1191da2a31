import type { CareCase, SupportCode } from '@carelevel/engine';
import type { Payment, Population, Service } from '../model/vocabulary.js';

/**
 * The engine's supports in the directory's words, so a finder can look for them beside the level:
 * a recovery residence is transitional housing or a halfway house (locator code HH), housing help
 * is housing services (HS), childcare is child care or residential beds for clients' children (CCC,
 * BC), transport help is transportation assistance (TA), family involvement is family counseling
 * (FCO). A safety plan is part of any care, so no listing is searched for it.
 */
export const SUPPORT_SERVICES: Readonly<Record<SupportCode, readonly Service[]>> = {
  'safety-planning': [],
  'recovery-residence': ['recovery-housing'],
  housing: ['housing-help'],
  'case-management': ['case-management'],
  transport: ['transport-help'],
  telehealth: ['telehealth'],
  childcare: ['childcare'],
  'family-involvement': ['family-therapy'],
  'legal-coordination': [],
};

/** Supports a program shows as a group it serves rather than a service (court-referred clients). */
export const SUPPORT_POPULATIONS: Readonly<Partial<Record<SupportCode, readonly Population[]>>> = {
  'legal-coordination': ['justice-involved'],
};

type Coverage = NonNullable<NonNullable<CareCase['practical']>['coverage']>;

/** Payments a program may list that serve a person with this coverage. */
export const PAYMENTS_FOR_COVERAGE: Readonly<Record<Coverage, readonly Payment[]>> = {
  private: ['private'],
  medicaid: ['medicaid'],
  medicare: ['medicare'],
  military: ['military'],
  va: ['va'],
  'state-funded': ['state-financed', 'public-funding'],
  none: ['sliding-fee', 'free', 'payment-assistance', 'public-funding'],
  unknown: [],
};
