import { z } from 'zod';
import { instant } from './common.js';

/**
 * Where a referral to a program with its own FHIR system stands on the way there: being sent, failing
 * and being retried (when next, and the last error in plain words), in the program's system, or
 * stopped and waiting for a person (`needs-attention`: a clinician may try again). `withdrawn`: the
 * referral moved on in carelevel's inbox, or ended, before it could be sent, so it never was.
 */
export const DELIVERY_STATES = [
  'sending',
  'retrying',
  'delivered',
  'needs-attention',
  'withdrawn',
  // The referring side cancelled a referral already in the program's system: the program's Task is
  // being set to cancelled (retried like a delivery), it was, or carelevel stopped trying.
  'cancelling',
  'cancel-delivered',
  'cancel-needs-attention',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const referralDelivery = z.object({
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int().min(0),
  nextAttemptAt: instant.nullable(),
  lastError: z.string().nullable(),
  deliveredAt: instant.nullable(),
});
export type ReferralDelivery = z.infer<typeof referralDelivery>;

/**
 * How carelevel authenticates to a program's FHIR server: not at all, a fixed bearer token, or OAuth
 * client credentials with a signed client assertion (SMART Backend Services).
 */
export const PEER_AUTH = ['none', 'bearer', 'smart-backend'] as const;

/** A program's FHIR server, as an administrator registers it. The bearer token is written, never read back. */
export const programFhirEndpointChange = z
  .object({
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, the FHIR base (e.g. https://ehr.example.org/fhir/R4)' })
      .max(500)
      .refine((u) => !u.includes('?') && !u.includes('#'), 'must be the FHIR base, without a query or fragment'),
    auth: z.enum(PEER_AUTH),
    /** Required the first time `auth` is `bearer`; kept as it was when left out later. */
    bearerToken: z.string().min(1).max(4000).optional(),
    /** `smart-backend`: carelevel's client id at the program's authorization server; required the first time. */
    clientId: z.string().min(1).max(200).optional(),
    /** `smart-backend`: the scopes to ask for; by default those that sending and following a referral need. */
    scope: z
      .string()
      .max(500)
      .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'must be scopes separated by single spaces')
      .optional(),
    /** `smart-backend`: make a new signing key (register its public half with the program's server again). */
    newClientKey: z.boolean().optional(),
    /** Make a new secret for the program's system to send notifications with (the old one stops working). */
    newNotificationSecret: z.boolean().optional(),
  })
  .refine((c) => c.auth === 'bearer' || c.bearerToken === undefined, { path: ['bearerToken'], error: 'goes only with auth "bearer"' })
  .refine((c) => c.auth === 'smart-backend' || c.clientId === undefined, {
    path: ['clientId'],
    error: 'goes only with auth "smart-backend"',
  })
  .refine((c) => c.auth === 'smart-backend' || c.scope === undefined, { path: ['scope'], error: 'goes only with auth "smart-backend"' })
  .refine((c) => c.auth === 'smart-backend' || c.newClientKey === undefined, {
    path: ['newClientKey'],
    error: 'goes only with auth "smart-backend"',
  });
export type ProgramFhirEndpointChange = z.input<typeof programFhirEndpointChange>;

/** A public signing key, as the program's authorization server registers it (JWK, RFC 7517). */
const publicJwk = z.object({
  kty: z.string(),
  crv: z.string(),
  x: z.string(),
  y: z.string(),
  kid: z.string(),
  alg: z.string(),
  use: z.string(),
});

export const programFhirEndpoint = z.object({
  programId: z.string(),
  baseUrl: z.string(),
  auth: z.enum(PEER_AUTH),
  /** `smart-backend`: carelevel's client id there, the scopes it asks for, and the public key set to register there. */
  clientId: z.string().optional(),
  scope: z.string().optional(),
  publicJwks: z.object({ keys: z.array(publicJwk) }).optional(),
  updatedAt: instant,
  /** Shown once, when made: what the program's system sends as `Authorization: Bearer …` with a notification. */
  notificationSecret: z.string().optional(),
  /** Where the program's system POSTs its subscription notifications. */
  notificationPath: z.string(),
});
export type ProgramFhirEndpointView = z.infer<typeof programFhirEndpoint>;
