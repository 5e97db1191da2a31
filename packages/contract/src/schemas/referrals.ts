import { COVERAGE, LEVEL_CODES, SCHEDULE_WINDOWS, WITHDRAWAL_MANAGEMENT } from '@carelevel/engine';
import { z } from 'zod';
import { REFERRAL_STATES, REFERRAL_URGENCIES } from '../referrals/referral-states.js';
import { day, instant, keysetPage, keysetQuery, page, pagingQuery, programId } from './common.js';
import { consentTerms } from './consents.js';
import { referralDelivery } from './fhir-delivery.js';

/**
 * Refer a person to one to three programs at once. Each program needs a live consent from the
 * person: either already recorded, or given here (`consent`), recorded for every program in the same
 * transaction as the referrals, so a refused referral leaves no consent behind.
 */
export const newReferral = z.object({
  personId: z.uuid(),
  programIds: z
    .array(programId)
    .min(1)
    .max(3)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a program twice'),
  level: z.enum(LEVEL_CODES).optional(),
  consent: consentTerms.optional(),
  /** A note from the referring clinician to the program: what intake should know. */
  note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  /** How soon the person needs a place: routine (default), soon or urgent. */
  urgency: z.enum(REFERRAL_URGENCIES).default('routine'),
});
export type NewReferral = z.input<typeof newReferral>;

export const referralListQuery = z.object({
  programId: programId.max(64).optional(),
  status: z.enum(REFERRAL_STATES).optional(),
  personId: z.uuid().optional(),
  ...pagingQuery,
  ...keysetQuery,
});
export type ReferralListQuery = z.input<typeof referralListQuery>;
/** A list query as the server reads it (defaults filled in). */
export type ReferralListFilter = z.output<typeof referralListQuery>;

/**
 * Move a referral. Accepting may carry the expected admission date; recording an admission must carry
 * the day the person was admitted (`admittedOn`, not in the future), so times to admission are real days.
 */
export const referralMove = z.object({
  status: z.enum(REFERRAL_STATES),
  reason: z.string().max(1000).optional(),
  expectedAdmissionOn: day.optional(),
  admittedOn: day.optional(),
});
export type ReferralMove = z.input<typeof referralMove>;

export const referralStep = z.object({
  from: z.enum(REFERRAL_STATES).nullable(),
  to: z.enum(REFERRAL_STATES),
  reason: z.string().nullable(),
  by: z.uuid(),
  at: instant,
});

/**
 * What intake needs before saying yes, taken from the person's latest determination when the referral
 * was made. Program staff see the clinical part only when the consent shares assessments, and the
 * language only when it shares demographics; who referred and how to reach them, always.
 */
export const referralHandoff = z.object({
  indicatedLevel: z.enum(LEVEL_CODES).nullable(),
  chosenLevel: z.enum(LEVEL_CODES).nullable(),
  withdrawalManagement: z.enum(WITHDRAWAL_MANAGEMENT).nullable(),
  coverage: z.enum(COVERAGE).nullable(),
  scheduleWindows: z.array(z.enum(SCHEDULE_WINDOWS)),
  language: z.string().nullable(),
  referredBy: z.object({ email: z.string() }),
});
export type ReferralHandoff = z.infer<typeof referralHandoff>;

export const referral = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  personId: z.uuid(),
  programId: z.string(),
  consentId: z.uuid(),
  level: z.enum(LEVEL_CODES).nullable(),
  status: z.enum(REFERRAL_STATES),
  note: z.string().nullable(),
  urgency: z.enum(REFERRAL_URGENCIES),
  /** The day the program expects to admit the person, given on accepting. */
  expectedAdmissionOn: day.nullable(),
  /** The day the person was admitted, given on the move to admitted. */
  admittedOn: day.nullable(),
  /** Null when the reader may not see it (or for referrals made before handoffs were kept). */
  handoff: referralHandoff.nullable(),
  /** The same state in FHIR R4 Task.status terms. */
  fhirTaskStatus: z.string(),
  reason: z.string().nullable(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  /** The whole history on a single read; empty in lists. */
  transitions: z.array(referralStep),
  acknowledgedAt: instant.nullable(),
  admittedAt: instant.nullable(),
  hoursToAcknowledge: z.number().nullable(),
  hoursToAdmission: z.number().nullable(),
  /** Whether the person's consent to this program is live now (not revoked, not expired); on reads. */
  consentLive: z.boolean().optional(),
  /** On its way to the program's own FHIR system, for the referring side; absent when the program has none. */
  delivery: referralDelivery.optional(),
});
export type ReferralView = z.infer<typeof referral>;

export const referralGroup = z.object({ groupId: z.uuid(), referrals: z.array(referral) });
export type ReferralGroup = z.infer<typeof referralGroup>;

export const referralPage = z.object({ ...page, ...keysetPage, referrals: z.array(referral) });
export type ReferralPage = z.infer<typeof referralPage>;
