import { DomainError } from '@carelevel/contract';
import type { UsersTable } from '@carelevel/storage';
import { appendAudit, type Changer } from '../audit/audit-store.js';
import type { Db } from '../db/db.js';
import { countFailedSignIn } from './lockout.js';
import { checkTotp, claimTotpStep, looksLikeRecoveryCode, useRecoveryCode } from './second-factor.js';

/**
 * The second step of signing in for an account with TOTP: a current code (each accepted once) or an
 * unused recovery code. A wrong code counts toward the lockout like a wrong password, so six digits
 * cannot be guessed at leisure.
 */
export async function checkSecondFactor(
  db: Db,
  by: Changer,
  user: Pick<UsersTable, 'id' | 'totp_secret' | 'totp_last_step'>,
  code: string | undefined,
): Promise<void> {
  const given = code?.trim() ?? '';
  if (given === '')
    throw new DomainError('second-factor-required', [
      { path: ['body', 'code'], message: 'is required: the 6-digit code, or a recovery code' },
    ]);
  let accepted: boolean;
  if (looksLikeRecoveryCode(given)) accepted = await useRecoveryCode(db, user.id, given);
  else {
    const lastStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
    const step = user.totp_secret === null ? undefined : await checkTotp(user.totp_secret, given, lastStep);
    accepted = step !== undefined && (await claimTotpStep(db, user.id, step));
  }
  if (accepted) return;
  await countFailedSignIn(db, user.id);
  await appendAudit(db, [{ action: 'login-failed', entityType: 'user', entityId: user.id }], by);
  throw new DomainError('bad-second-factor', [{ path: ['body', 'code'], message: 'is wrong, expired or already used' }]);
}
