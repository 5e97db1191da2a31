import {
  AGE_GROUPS,
  MEDICATIONS,
  PAYMENTS,
  POPULATIONS,
  RESIDENTIAL_STAYS,
  SCHEDULE_TRACKS,
  SCOPES,
  SERVICES,
  SEXES_ACCEPTED,
  SOURCES,
  WEEKDAYS,
  WITHDRAWAL_SETTINGS,
} from '@carelevel/directory/vocabulary';
import type { Program } from '@carelevel/directory/program';
import { LEVEL_CODES } from '@carelevel/engine';
import { z } from 'zod';
import { day, instant, message } from './common.js';

/** A comma-separated query parameter whose items come from a vocabulary ("a,b" → ["a", "b"]). */
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));

const LANGUAGE_TAGS = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(,[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*$/;
const languageTags = z
  .string()
  .max(200)
  .regex(LANGUAGE_TAGS, 'must be language tags like "es" or "es,vi"')
  .transform((s) => s.split(','));

/**
 * The one program search (public; nothing about a person is sent or kept): where, how far, the levels,
 * and must-have filter groups — OR inside a group, AND across groups.
 */
export const programSearchQuery = z.object({
  near: z.string().min(1).max(100).describe('5-digit ZIP, "LAT,LON", or "City, ST"'),
  radiusMiles: z.coerce.number().positive().max(3000).default(25),
  levels: csvOf(LEVEL_CODES).optional(),
  /** Substance use, mental health or co-occurring, so a person looking for one does not get the other by mistake. */
  scope: z.enum(SCOPES).optional(),
  /** Only programs that reported taking new clients recently. */
  acceptingNow: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  payments: csvOf(PAYMENTS).optional(),
  scheduleTracks: csvOf(SCHEDULE_TRACKS).optional(),
  services: csvOf(SERVICES).optional(),
  populations: csvOf(POPULATIONS).optional(),
  languages: languageTags.optional(),
  medications: csvOf(MEDICATIONS).optional(),
  /** Wishes, not must-haves: programs that meet them rank first; the others stay, with the misfit named. */
  preferPayments: csvOf(PAYMENTS).optional(),
  preferScheduleTracks: csvOf(SCHEDULE_TRACKS).optional(),
  preferServices: csvOf(SERVICES).optional(),
  preferPopulations: csvOf(POPULATIONS).optional(),
  preferLanguages: languageTags.optional(),
  sort: z.enum(['fit', 'distance']).default('fit'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ProgramSearchQuery = z.input<typeof programSearchQuery>;
/** A search as the server reads it: defaults filled, lists split. */
export type ProgramSearch = z.output<typeof programSearchQuery>;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, 'must be a time like 08:30 (24-hour clock, HH:MM)');

/** A program's hours as stored and answered (see `hoursInput` for the rules a correction meets). */
export const programHours = z.object({
  /** Open around the clock, every day; `times` is then empty. */
  open24Hours: z.boolean(),
  /** One range for each day it is open, Monday first, local time; a day not named is closed. */
  times: z.array(z.object({ day: z.enum(WEEKDAYS), opens: z.string(), closes: z.string() })).readonly(),
  /** A short note in the program's words ("walk-ins until 2 pm"); '' when none. */
  note: z.string(),
});

/**
 * Hours as program staff give them. Every rule names its field: times are 24-hour HH:MM, a day closes
 * after it opens (a range past midnight ends at 24:00 and goes on the next day), each day once, and
 * open 24 hours has no times. Days are answered Monday first whatever order they came in.
 */
export const hoursInput = z
  .object({
    open24Hours: z.boolean(),
    times: z
      .array(
        z
          .object({ day: z.enum(WEEKDAYS), opens: clock, closes: z.union([clock, z.literal('24:00')]) })
          .refine((t) => !CLOCK.test(t.opens) || t.closes > t.opens, { path: ['closes'], error: 'must be after the opening time' }),
      )
      .max(WEEKDAYS.length),
    note: z.string().trim().max(200).default(''),
  })
  .superRefine((h, ctx) => {
    if (h.open24Hours && h.times.length > 0)
      ctx.addIssue({ code: 'custom', path: ['times'], message: 'must be empty when the program is open 24 hours' });
    if (!h.open24Hours && h.times.length === 0)
      ctx.addIssue({ code: 'custom', path: ['times'], message: 'must name at least one day, or say the program is open 24 hours' });
    const seen = new Set<string>();
    h.times.forEach((t, i) => {
      if (seen.has(t.day)) ctx.addIssue({ code: 'custom', path: ['times', i, 'day'], message: 'must name each day only once' });
      seen.add(t.day);
    });
  })
  .transform((h) => ({ ...h, times: [...h.times].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day)) }));
export type HoursInput = z.input<typeof hoursInput>;

/** One program found: flat, stable field names, codes for its fits and misfits (sentences are the reader's). */
export const programHit = z.object({
  id: z.string(),
  name: z.string(),
  name2: z.string(),
  street1: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  phone: z.string(),
  intakePhone: z.string(),
  website: z.string(),
  distanceMiles: z.number(),
  scope: z.enum(SCOPES),
  levels: z.array(z.enum(LEVEL_CODES)).readonly(),
  withdrawalManagement: z.array(z.enum(WITHDRAWAL_SETTINGS)).readonly(),
  medications: z.array(z.enum(MEDICATIONS)).readonly(),
  payments: z.array(z.enum(PAYMENTS)).readonly(),
  /** When it is open, as its staff say; null when the listing does not say. */
  hours: programHours.nullable(),
  /** The day the listing was last confirmed; every listing shows it. */
  lastVerified: day.nullable(),
  /** Who confirmed it that day: the program's own staff, or the source it came from (the national locator, a file); null when never. */
  verifiedBy: z.enum(['program', 'source']).nullable(),
  /** Not verified for over a year (or never). */
  stale: z.boolean(),
  fits: z.array(message).readonly(),
  misfits: z.array(message).readonly(),
  /** Worth knowing, not a misfit: how old an openings report is, a listing never confirmed. */
  notes: z.array(message).readonly(),
  source: z.enum(SOURCES),
});
export type ProgramHit = z.infer<typeof programHit>;

const coordinates = z.object({ lat: z.number(), lon: z.number() });

export const place = z.object({ city: z.string(), state: z.string(), coordinates, zips: z.array(z.string()).readonly() });

export const programSearchAnswer = z.object({
  /** Where the search was centred, in words; null when the place named several to choose from. */
  near: z.string().nullable(),
  /** Places a name could mean ("Springfield"): search again with one of them. Empty otherwise. */
  choices: z.array(place).readonly(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  results: z.array(programHit).readonly(),
  /** When nothing matched: what to relax, always ending with the national helpline. */
  suggestions: z.array(message).readonly(),
  helpline: z.string(),
});
export type ProgramSearchAnswer = z.infer<typeof programSearchAnswer>;

const openingsReported = z.object({
  acceptingNewClients: z.boolean(),
  beds: z.number().int().optional(),
  seats: z.number().int().optional(),
  waitlistDays: z.number().int().optional(),
  reportedAt: instant,
});

export const program = z.object({
  id: z.string(),
  source: z.enum(SOURCES),
  sourceId: z.string().nullable(),
  name: z.string(),
  name2: z.string(),
  address: z.object({ street1: z.string(), street2: z.string(), city: z.string(), state: z.string(), zip: z.string(), county: z.string() }),
  coordinates: coordinates.nullable(),
  coordinatesFrom: z.enum(['listing', 'zip-centroid']).nullable(),
  phone: z.string(),
  intakePhone: z.string(),
  website: z.string(),
  scope: z.enum(SCOPES),
  care: z.object({
    levels: z.array(z.enum(LEVEL_CODES)).readonly(),
    withdrawalManagement: z.array(z.enum(WITHDRAWAL_SETTINGS)).readonly(),
    residentialStays: z.array(z.enum(RESIDENTIAL_STAYS)).readonly(),
    opioidTreatmentProgram: z.boolean(),
    medications: z.array(z.enum(MEDICATIONS)).readonly(),
    scheduleTracks: z.partialRecord(
      z.enum(['intensive-outpatient', 'partial-hospitalization']),
      z.array(z.enum(SCHEDULE_TRACKS)).readonly(),
    ),
  }),
  payments: z.array(z.enum(PAYMENTS)).readonly(),
  services: z.array(z.enum(SERVICES)).readonly(),
  serves: z.object({
    ageGroups: z.array(z.enum(AGE_GROUPS)).readonly(),
    sexes: z.array(z.enum(SEXES_ACCEPTED)).readonly(),
    populations: z.array(z.enum(POPULATIONS)).readonly(),
    languages: z.array(z.string()).readonly(),
  }),
  openings: openingsReported.nullable(),
  hours: programHours.nullable(),
  lastVerified: day.nullable(),
  /** Present when the program's own staff gave lastVerified (confirmed their listing). */
  verifiedBy: z.literal('program').optional(),
}) satisfies z.ZodType<Program>;
export type ProgramView = z.infer<typeof program>;

export const openingsReport = z.object({
  acceptingNewClients: z.boolean(),
  beds: z.number().int().min(0).max(10_000).optional(),
  seats: z.number().int().min(0).max(10_000).optional(),
  waitlistDays: z.number().int().min(0).max(3650).optional(),
});
export type OpeningsReport = z.input<typeof openingsReport>;
export const openingsAnswer = z.object({ programId: z.string(), openings: openingsReported });

export const scheduleChange = z.object({
  level: z.enum(['intensive-outpatient', 'partial-hospitalization']),
  tracks: z.array(z.enum(SCHEDULE_TRACKS)).max(4),
});
export type ScheduleChange = z.input<typeof scheduleChange>;
export const scheduleAnswer = z.object({
  programId: z.string(),
  scheduleTracks: z.partialRecord(z.enum(['intensive-outpatient', 'partial-hospitalization']), z.array(z.enum(SCHEDULE_TRACKS)).readonly()),
});
