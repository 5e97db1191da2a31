import { LEVEL_CODES } from '@carelevel/engine';
import { z } from 'zod';
import { REFERRAL_STATES } from '../referrals/referral-states.js';
import { instant, page, pagingQuery, programId } from './common.js';
import { consentTerms } from './consents.js';

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
});
export type NewReferral = z.input<typeof newReferral>;

export const referralListQuery = z.object({
  programId: programId.max(64).optional(),
  status: z.enum(REFERRAL_STATES).optional(),
  personId: z.uuid().optional(),
  ...pagingQuery,
});
export type ReferralListQuery = z.input<typeof referralListQuery>;
/** A list query as the server reads it (defaults filled in). */
export type ReferralListFilter = z.output<typeof referralListQuery>;

export const referralMove = z.object({ status: z.enum(REFERRAL_STATES), reason: z.string().max(1000).optional() });
export type ReferralMove = z.input<typeof referralMove>;

export const referralStep = z.object({
  from: z.enum(REFERRAL_STATES).nullable(),
  to: z.enum(REFERRAL_STATES),
  reason: z.string().nullable(),
  by: z.uuid(),
  at: instant,
});

export const referral = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  personId: z.uuid(),
  programId: z.string(),
  consentId: z.uuid(),
  level: z.enum(LEVEL_CODES).nullable(),
  status: z.enum(REFERRAL_STATES),
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
});
export type ReferralView = z.infer<typeof referral>;

export const referralGroup = z.object({ groupId: z.uuid(), referrals: z.array(referral) });
export type ReferralGroup = z.infer<typeof referralGroup>;

export const referralPage = z.object({ ...page, referrals: z.array(referral) });
export type ReferralPage = z.infer<typeof referralPage>;
