import { z } from 'zod';
import { CONSENT_PURPOSES, CONSENT_SHARES } from '../consents/consent-terms.js';
import { instant, programId } from './common.js';

/** What a consent names besides its recipient (42 CFR Part 2: the purpose, what is disclosed, when it ends). */
export const consentTerms = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  shares: z
    .array(z.enum(CONSENT_SHARES))
    .min(1)
    .refine((s) => new Set(s).size === s.length, 'must not repeat an item'),
  expiresAt: instant,
});
export type ConsentTerms = z.input<typeof consentTerms>;

export const newConsent = consentTerms.extend({ personId: z.uuid(), programId });
export type NewConsent = z.input<typeof newConsent>;

export const consent = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  programId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  shares: z.array(z.enum(CONSENT_SHARES)),
  expiresAt: instant,
  createdAt: instant,
  revokedAt: instant.nullable(),
  live: z.boolean(),
});
export type ConsentView = z.infer<typeof consent>;

export const consentList = z.object({ consents: z.array(consent) });
