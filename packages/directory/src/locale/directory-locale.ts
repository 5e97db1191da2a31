/** Words for the directory's codes in one language. `{name}` is filled from a message's facts. */
export interface DirectoryLocale {
  readonly messages: Readonly<Record<DirectoryMessageCode, string>>;
  /** Words for the values facts carry (levels, payments, tracks, …), keyed by the code. */
  readonly values: Readonly<Record<string, string>>;
  readonly languageNames: Readonly<Record<string, string>>;
  /** The locale dates are written in, as the engine's words have it ("28 de noviembre de 2026"). */
  readonly dateLocale: string;
}

export const DIRECTORY_MESSAGE_CODES = [
  'offers-level',
  'level-not-offered',
  'offers-withdrawal-management',
  'withdrawal-management-not-offered',
  'offers-medication',
  'medication-not-offered',
  'accepts-payment',
  'payment-not-listed',
  'offers-service',
  'service-not-listed',
  'serves-population',
  'population-not-listed',
  'speaks-language',
  'language-not-listed',
  'has-schedule-track',
  'no-schedule-track',
  'accepting-new-clients',
  'not-accepting-new-clients',
  'open-beds',
  'open-seats',
  'waitlist',
  'openings-out-of-date',
  'listing-unverified',
  'listing-never-verified',
  'widen-radius',
  'drop-filter',
  'try-telehealth',
  'call-helpline',
] as const;
export type DirectoryMessageCode = (typeof DIRECTORY_MESSAGE_CODES)[number];
