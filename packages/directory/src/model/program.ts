import type { LevelCode } from '@carelevel/engine';
import type {
  AgeGroup,
  DayProgramLevel,
  Medication,
  Payment,
  Population,
  ResidentialStay,
  ScheduleTrack,
  Scope,
  Service,
  SexAccepted,
  Source,
  Weekday,
  WithdrawalSetting,
} from './vocabulary.js';

/** A point on the earth in decimal degrees (WGS 84). Validated on the way in: |lat| ≤ 90, |lon| ≤ 180. */
export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
}

export interface Address {
  readonly street1: string;
  readonly street2: string;
  readonly city: string;
  /** Two-letter USPS code (states, DC, territories). */
  readonly state: string;
  /** Always five digits; leading zeros restored on import. */
  readonly zip: string;
  readonly county: string;
}

/**
 * What the program reported about room for new clients, and when. An opening without a time is
 * never shown, so `reportedAt` is required whenever anything is reported.
 */
export interface Openings {
  readonly acceptingNewClients: boolean;
  /** Open residential beds, when the program has beds. */
  readonly beds?: number;
  /** Open seats in day-program groups (IOP/PHP). */
  readonly seats?: number;
  /** Typical wait before admission, in days; 0 = no waitlist. */
  readonly waitlistDays?: number;
  /** ISO 8601 instant. */
  readonly reportedAt: string;
}

/** The time a program opens and closes on one weekday, local time, 24-hour `HH:MM`; closes is after opens. */
export interface OpenTime {
  readonly day: Weekday;
  readonly opens: string;
  readonly closes: string;
}

/** When a program is open, as its own staff say (the national locator has no hours). */
export interface Hours {
  /** Open around the clock, every day (residential care, crisis services); `times` is then empty. */
  readonly open24Hours: boolean;
  /** Otherwise one time range for each day it is open, Monday first; a day not named is closed. */
  readonly times: readonly OpenTime[];
  /** A short note in the program's words: "walk-ins until 2 pm", "closed on federal holidays"; '' when none. */
  readonly note: string;
}

/** The care a program offers, mapped to the engine's level taxonomy. */
export interface CareOffered {
  readonly levels: readonly LevelCode[];
  readonly withdrawalManagement: readonly WithdrawalSetting[];
  /** Residential length of stay offered, when the program is residential. */
  readonly residentialStays: readonly ResidentialStay[];
  /** A federally certified opioid treatment program (may dispense methadone). */
  readonly opioidTreatmentProgram: boolean;
  readonly medications: readonly Medication[];
  /** Timetables of the day programs; only IOP and PHP run tracks. */
  readonly scheduleTracks: Readonly<Partial<Record<DayProgramLevel, readonly ScheduleTrack[]>>>;
}

/** Who the program serves. */
export interface Serves {
  readonly ageGroups: readonly AgeGroup[];
  /** Empty means the listing does not say; both means both. */
  readonly sexes: readonly SexAccepted[];
  readonly populations: readonly Population[];
  /** Languages other than English in which services are given, as language tags (`es`, `ase` for ASL). */
  readonly languages: readonly string[];
}

export interface Program {
  /** Stable identity: the same listing re-imported gets the same id. */
  readonly id: string;
  readonly source: Source;
  /** The source's own id for the listing, when it has one. */
  readonly sourceId: string | null;
  readonly name: string;
  /** The second name line (a unit or "doing business as"). */
  readonly name2: string;
  readonly address: Address;
  /** Null only when neither the file nor the ZIP gave a position; such programs are not found by distance. */
  readonly coordinates: Coordinates | null;
  /** Whether the coordinates came from the file or from the ZIP centroid. */
  readonly coordinatesFrom: 'listing' | 'zip-centroid' | null;
  readonly phone: string;
  readonly intakePhone: string;
  readonly website: string;
  readonly scope: Scope;
  readonly care: CareOffered;
  readonly payments: readonly Payment[];
  readonly services: readonly Service[];
  readonly serves: Serves;
  readonly openings: Openings | null;
  /** When it is open; null when the listing does not say. */
  readonly hours: Hours | null;
  /** ISO date (YYYY-MM-DD) the listing was last confirmed by the source or the program. */
  readonly lastVerified: string | null;
  /** Set when the program's own staff gave lastVerified (confirmed it from the inbox); otherwise the date came with the listing. */
  readonly verifiedBy?: 'program';
}
