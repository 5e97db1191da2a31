import { DomainError, type Enrolment } from '@carelevel/contract';
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { now, sha256 } from '../db/ids.js';
import type { Db } from '../db/db.js';

// TOTP (RFC 6238) with the authenticator apps' defaults (SHA-1, 6 digits, 30 s), through otplib.

const ISSUER = 'carelevel';
/** One step either side of now: phones' clocks drift, and a code typed at the end of its 30 s is still fair. */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = (): string => generateSecret();

/** What enrolment shows: the secret to type, the otpauth:// URI, and that URI as a QR code (SVG). */
export async function enrolmentView(email: string, secret: string): Promise<Enrolment> {
  const uri = generateURI({ issuer: ISSUER, label: email, secret });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

/** The time step of a valid code newer than the last one used, or undefined (wrong, or a replay). */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/**
 * Accept a TOTP step at most once per account, across instances: the update succeeds only while the
 * stored step is older, so two sign-ins racing with one code cannot both win.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Recovery codes look nothing like a TOTP code (letters, a dash), so one field takes either. */
export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(code.trim().toLowerCase());

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length] ?? 'a');
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** New recovery codes replace any old ones; only their hashes are kept, the codes are shown once. */
export async function issueRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ user_id: userId, code_hash: sha256(c), used_at: null })))
    .execute();
  return codes;
}

/** Use a recovery code once; true when it was a live one. */
export async function useRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', sha256(code.trim().toLowerCase()))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Keep a new secret until its first code confirms it; refused once a factor is enrolled. Returns the account's email (the URI's label). */
export async function startEnrolment(db: Db, userId: string, secret: string): Promise<string> {
  const user = await db.selectFrom('users').select(['email', 'totp_secret']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new DomainError('unauthenticated');
  if (user.totp_secret !== null) throw new DomainError('second-factor-enrolled');
  await db.updateTable('users').set({ totp_pending_secret: secret }).where('id', '=', userId).execute();
  return user.email;
}

/** The secret shown at the start of enrolment, while no factor is enrolled yet. */
export async function pendingSecret(db: Db, userId: string): Promise<string> {
  const user = await db.selectFrom('users').select(['totp_secret', 'totp_pending_secret']).where('id', '=', userId).executeTakeFirst();
  if (user?.totp_secret != null) throw new DomainError('second-factor-enrolled');
  if (user?.totp_pending_secret == null) throw new DomainError('no-enrolment');
  return user.totp_pending_secret;
}

/** Make the pending secret the account's factor: conditional on it still being the pending one. */
export async function confirmEnrolment(db: Db, userId: string, secret: string): Promise<void> {
  const r = await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: now() })
    .where('id', '=', userId)
    .where('totp_secret', 'is', null)
    .where('totp_pending_secret', '=', secret)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new DomainError('no-enrolment');
}
