import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/audit-log.js';
import { ApiError } from '../errors/catalogue.js';
import type { ServerContext } from '../http/context.js';
import { countFailedSignIn } from './lockout.js';
import { checkTotp, claimTotpStep, looksLikeRecoveryCode, useRecoveryCode } from './second-factor.js';

/**
 * The second step of signing in for an account with TOTP: a current code (each accepted once) or an
 * unused recovery code. A wrong code counts toward the lockout like a wrong password, so six digits
 * cannot be guessed at leisure.
 */
export async function checkSecondFactor(
  ctx: ServerContext,
  req: FastifyRequest,
  userId: string,
  secret: string,
  lastStep: number | string | null,
  code: string | undefined,
): Promise<void> {
  const given = code?.trim() ?? '';
  if (given === '')
    throw new ApiError('second-factor-required', [{ path: 'body.code', message: 'is required: the 6-digit code, or a recovery code' }]);
  let accepted: boolean;
  if (looksLikeRecoveryCode(given)) accepted = await useRecoveryCode(ctx.db, userId, given);
  else {
    const step = await checkTotp(secret, given, lastStep === null ? null : Number(lastStep));
    accepted = step !== undefined && (await claimTotpStep(ctx.db, userId, step));
  }
  if (accepted) return;
  await countFailedSignIn(ctx.db, userId);
  await recordAudit(ctx.db, req, [{ action: 'login-failed', entityType: 'user', entityId: userId }], null);
  throw new ApiError('bad-second-factor', [{ path: 'body.code', message: 'is wrong, expired or already used' }]);
}
