/**
 * The closed vocabularies of a program listing. Each is a const tuple so that types, validators and
 * documentation come from one list.
 */

/** What a program treats. A person looking for one kind must not get the other by mistake. */
export const SCOPES = ['substance-use', 'mental-health', 'co-occurring'] as const;
export type Scope = (typeof SCOPES)[number];

/** Withdrawal management by setting (the engine's WithdrawalManagement, less "none"). */
export const WITHDRAWAL_SETTINGS = ['ambulatory', 'residential', 'inpatient'] as const;
export type WithdrawalSetting = (typeof WITHDRAWAL_SETTINGS)[number];

export const RESIDENTIAL_STAYS = ['short-term', 'long-term'] as const;
export type ResidentialStay = (typeof RESIDENTIAL_STAYS)[number];

export const PAYMENTS = [
  'private',
  'medicaid',
  'medicare',
  'military',
  'va',
  'state-financed',
  /** Federal, state or local grant funding (block grants, ATR vouchers, IHS/tribal funds). */
  'public-funding',
  'self-pay',
  'sliding-fee',
  'payment-assistance',
  'free',
] as const;
export type Payment = (typeof PAYMENTS)[number];

export const SERVICES = [
  'individual-therapy',
  'group-therapy',
  'family-therapy',
  'detox',
  'holistic',
  'life-skills',
  'peer-support',
  'telehealth',
  'co-occurring-care',
  'case-management',
  'trauma-care',
  /** A place to live with structure beside treatment: transitional housing, a halfway or sober home. */
  'recovery-housing',
  'housing-help',
  /** Childcare, or residential beds where a client's children can stay. */
  'childcare',
  'transport-help',
] as const;
export type Service = (typeof SERVICES)[number];

/** Medications for opioid and alcohol use disorder, by medication. */
export const MEDICATIONS = ['methadone', 'buprenorphine', 'naltrexone', 'acamprosate', 'disulfiram'] as const;
export type Medication = (typeof MEDICATIONS)[number];

/** Which medications treat which disorder (FDA-approved indications). */
export const MEDICATIONS_FOR: Readonly<Record<'opioid-use-disorder' | 'alcohol-use-disorder', readonly Medication[]>> = {
  'opioid-use-disorder': ['methadone', 'buprenorphine', 'naltrexone'],
  'alcohol-use-disorder': ['naltrexone', 'acamprosate', 'disulfiram'],
};

export const AGE_GROUPS = ['children-adolescents', 'young-adults', 'adults', 'seniors'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const SEXES_ACCEPTED = ['female', 'male'] as const;
export type SexAccepted = (typeof SEXES_ACCEPTED)[number];

/** Special programs or groups offered. */
export const POPULATIONS = [
  'adolescents',
  'young-adults',
  'seniors',
  'women',
  'men',
  'pregnant-postpartum',
  'veterans',
  'active-duty-military',
  'military-families',
  'lgbtq',
  'justice-involved',
] as const;
export type Population = (typeof POPULATIONS)[number];

export const SCHEDULE_TRACKS = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export type ScheduleTrack = (typeof SCHEDULE_TRACKS)[number];

/** Levels that run on a timetable, so a person can ask for a track that fits their day. */
export const DAY_PROGRAM_LEVELS = ['intensive-outpatient', 'partial-hospitalization'] as const;
export type DayProgramLevel = (typeof DAY_PROGRAM_LEVELS)[number];

/** Where a listing came from. */
export const SOURCES = ['samhsa-locator', 'samhsa-otp-directory', 'carelevel', 'sample'] as const;
export type Source = (typeof SOURCES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Days of the week, Monday first; the codes FHIR's `daysOfWeek` uses. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
