import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { now, sha256 } from '../storage/ids.js';
import type { ServerTables } from '../storage/tables.js';

// TOTP (RFC 6238) with the authenticator apps' defaults (SHA-1, 6 digits, 30 s), through otplib.

const ISSUER = 'carelevel';
/** One step either side of now: phones' clocks drift, and a code typed at the end of its 30 s is still fair. */
const TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export const newTotpSecret = (): string => generateSecret();

/** What enrolment shows: the secret to type, the otpauth:// URI, and that URI as a QR code (SVG). */
export async function enrolmentView(email: string, secret: string): Promise<{ secret: string; uri: string; qrSvg: string }> {
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
export async function claimTotpStep(db: Kysely<ServerTables>, userId: string, step: number): Promise<boolean> {
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
export async function issueRecoveryCodes(db: Kysely<ServerTables>, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ user_id: userId, code_hash: sha256(c), used_at: null })))
    .execute();
  return codes;
}

/** Use a recovery code once; true when it was a live one. */
export async function useRecoveryCode(db: Kysely<ServerTables>, userId: string, code: string): Promise<boolean> {
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', sha256(code.trim().toLowerCase()))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
