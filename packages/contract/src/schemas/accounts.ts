import { z } from 'zod';
import { ROLES } from '../access/roles.js';
import { instant, programId } from './common.js';

export const credentials = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
export const signIn = credentials.extend({ code: z.string().max(32).optional() });
export type SignIn = z.input<typeof signIn>;

export const user = z.object({ id: z.uuid(), email: z.string(), role: z.enum(ROLES), programs: z.array(z.string()) });
export type UserView = z.infer<typeof user>;

export const userAnswer = z.object({ user });

export const setupNeeded = z.object({ needed: z.boolean() });

export const signedIn = z.object({
  user,
  csrfToken: z.string(),
  expiresAt: instant,
  /** The second-factor setting applies to this account and it has none yet: enrol before anything else. */
  mustEnrolSecondFactor: z.boolean(),
});
export type SignedIn = z.infer<typeof signedIn>;

export const session = z.object({
  user,
  role: z.enum(ROLES),
  email: z.string(),
  /** The programs of a program-staff account, with their names from the directory (null for an id it does not list). */
  programs: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  via: z.enum(['session', 'token']),
  secondFactor: z.boolean(),
  mustEnrolSecondFactor: z.boolean(),
});
export type SessionView = z.infer<typeof session>;

const programList = z.array(programId).max(50);
export const newUser = z.object({
  email: z.string().min(3).max(320),
  password: z.string().max(1024),
  role: z.enum(ROLES),
  programs: programList.optional(),
});
export type NewUser = z.input<typeof newUser>;
export const roleChange = z.object({ role: z.enum(ROLES), programs: programList.optional() });
export const passwordChange = z.object({ password: z.string().max(1024) });

export const userListing = user.extend({
  createdAt: instant,
  /** Set while the account is locked after repeated failed sign-ins. */
  lockedUntil: instant.nullable(),
  /** Set while the account is disabled. */
  disabledAt: instant.nullable(),
  /** Whether a second factor (TOTP) is enrolled. */
  secondFactor: z.boolean(),
  /** Sessions signed in and not ended. */
  activeSessions: z.number().int(),
});
export type UserListing = z.infer<typeof userListing>;
export const userList = z.object({ users: z.array(userListing) });

export const sessionListing = z.object({
  createdAt: instant,
  lastSeenAt: instant,
  expiresAt: instant,
  ip: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionListing = z.infer<typeof sessionListing>;
export const sessionList = z.object({ sessions: z.array(sessionListing) });
export const sessionsEnded = z.object({ ended: z.number().int() });

export const securitySettings = z.object({ secondFactorRequired: z.boolean() });
export type SecuritySettings = z.infer<typeof securitySettings>;

export const enrolment = z.object({
  secret: z.string(),
  uri: z.string(),
  /** The otpauth:// URI as a QR code, drawn by the server as SVG. */
  qrSvg: z.string(),
});
export type Enrolment = z.infer<typeof enrolment>;
export const enrolmentCode = z.object({ code: z.string().max(32) });
export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
