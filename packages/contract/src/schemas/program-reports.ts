import { PAYMENTS, SERVICES } from '@carelevel/directory/vocabulary';
import { LEVEL_CODES } from '@carelevel/engine';
import { z } from 'zod';
import { PROGRAM_PROBLEMS } from '../programs/program-problems.js';
import { instant, page, pagingQuery } from './common.js';
import { hoursInput } from './programs.js';

/** A report of a problem with a listing (public). Nothing about the sender is asked or kept. */
export const newProgramReport = z.object({
  problem: z.enum(PROGRAM_PROBLEMS),
  /** Optional, short, and said in the form to hold no names or contact details. */
  note: z.string().trim().max(500).optional(),
});
export type NewProgramReport = z.input<typeof newProgramReport>;

export const PROGRAM_REPORT_STATUSES = ['open', 'fixed', 'closed', 'dismissed'] as const;

export const programReport = z.object({
  id: z.uuid(),
  programId: z.string(),
  /** The program's name now (null when the directory no longer has the program at all). */
  programName: z.string().nullable(),
  problem: z.enum(PROGRAM_PROBLEMS),
  note: z.string().nullable(),
  createdAt: instant,
  status: z.enum(PROGRAM_REPORT_STATUSES),
  resolvedBy: z.uuid().nullable(),
  resolvedAt: instant.nullable(),
  resolutionNote: z.string().nullable(),
});
export type ProgramReport = z.infer<typeof programReport>;

/** The answer to a report: only that it was received. */
export const programReportReceived = z.object({ id: z.uuid(), status: z.literal('open') });

export const programReportListQuery = z.object({ status: z.enum(PROGRAM_REPORT_STATUSES).default('open'), ...pagingQuery });
export type ProgramReportListQuery = z.input<typeof programReportListQuery>;

export const programReportList = z.object({ reports: z.array(programReport).readonly(), ...page });
export type ProgramReportList = z.infer<typeof programReportList>;

const phone = z
  .string()
  .trim()
  .min(7)
  .max(40)
  .regex(/^[0-9+().\-\s x]+$/, 'must be a phone number: digits, spaces, + ( ) - . and x');

/** Fields an administrator (or the program's own staff) may correct on a listing. */
export const listingCorrection = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone,
    intakePhone: phone,
    website: z.string().trim().max(300),
    street1: z.string().trim().min(1).max(200),
    street2: z.string().trim().max(200),
    city: z.string().trim().min(1).max(100),
    state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code like VA'),
    zip: z.string().regex(/^\d{5}$/, 'must be five digits'),
    payments: z.array(z.enum(PAYMENTS)).max(PAYMENTS.length),
    services: z.array(z.enum(SERVICES)).max(SERVICES.length),
    /** null: the listing no longer says when it is open. */
    hours: hoursInput.nullable(),
    levels: z.array(z.enum(LEVEL_CODES)).min(1, 'must name at least one level of care').max(LEVEL_CODES.length),
  })
  .partial();
export type ListingCorrection = z.infer<typeof listingCorrection>;

/**
 * Resolve a report: fix the listing (with the corrected fields), mark the program closed (it leaves
 * the finder and search; records that name it still read), or dismiss the report.
 */
export const programReportResolution = z.discriminatedUnion('action', [
  z.object({ action: z.literal('fix'), correction: listingCorrection, note: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal('mark-closed'), note: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal('dismiss'), note: z.string().trim().max(500).optional() }),
]);
export type ProgramReportResolution = z.input<typeof programReportResolution>;

/**
 * Program staff confirm their listing from the inbox: as it is ("our listing is right"), or with what
 * changed. Either way the listing is stamped confirmed by the program today.
 */
export const listingConfirmation = z.object({ correction: listingCorrection.optional() });
export type ListingConfirmation = z.input<typeof listingConfirmation>;
export const listingConfirmed = z.object({ programId: z.string(), lastVerified: z.iso.date(), verifiedBy: z.literal('program') });

/** The directory's health for the admin dashboard (counts only). */
export const directoryHealthAnswer = z.object({
  listed: z.number().int(),
  confirmed: z.object({
    within90Days: z.number().int(),
    within1Year: z.number().int(),
    overAYear: z.number().int(),
    never: z.number().int(),
  }),
  confirmedByProgram: z.number().int(),
  noLongerListed: z.number().int(),
  openReports: z.number().int(),
  lastRefresh: z.object({ at: z.string(), area: z.string().nullable(), noLongerListed: z.number().int() }).nullable(),
});
export type DirectoryHealthAnswer = z.infer<typeof directoryHealthAnswer>;
