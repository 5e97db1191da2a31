import type { LevelCode } from '@carelevel/engine';
import type { Medication, Payment, Population, ScheduleTrack, Scope, Service, WithdrawalSetting } from '../model/vocabulary.js';

/**
 * Choices a person can make. Inside a group, choices are alternatives (OR: "sliding fee or free or
 * Medicaid"); groups combine with AND. An empty or absent group asks nothing.
 */
export interface ProgramFilters {
  readonly levels?: readonly LevelCode[];
  readonly withdrawalManagement?: readonly WithdrawalSetting[];
  readonly medications?: readonly Medication[];
  readonly payments?: readonly Payment[];
  readonly services?: readonly Service[];
  readonly populations?: readonly Population[];
  /** Language tags; English is assumed everywhere, so "en" always matches. */
  readonly languages?: readonly string[];
  /** Tracks of the IOP or PHP (of the levels asked for, when the levels group names a day program). */
  readonly scheduleTracks?: readonly ScheduleTrack[];
}

export const FILTER_GROUPS = [
  'levels',
  'withdrawalManagement',
  'medications',
  'payments',
  'services',
  'populations',
  'languages',
  'scheduleTracks',
] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface SearchQuery {
  readonly near: { readonly lat: number; readonly lon: number };
  readonly radiusMiles: number;
  /** What the person is looking for; substance-use and mental-health also match co-occurring programs. */
  readonly scope?: Scope;
  /** Must hold (programs that fail are left out). */
  readonly filters?: ProgramFilters;
  /** Should hold (ranked by, and reported as fits and misfits). */
  readonly preferences?: ProgramFilters;
  /** Only programs that reported accepting new clients within OPENINGS_FRESH_DAYS. */
  readonly acceptingNow?: boolean;
  readonly sort?: 'fit' | 'distance';
  readonly offset?: number;
  readonly limit?: number;
  /** The clock, passed in so search stays a pure function. */
  readonly now: Date;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;
/** Openings older than this are not taken as "accepting now". */
export const OPENINGS_FRESH_DAYS = 30;
/** Listings not verified for longer than this are marked. */
export const STALE_AFTER_DAYS = 365;
export const NATIONAL_HELPLINE = '1-800-662-4357';
