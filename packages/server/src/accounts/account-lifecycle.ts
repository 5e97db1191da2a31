import { DomainError, failIf, type Role, type UserView } from '@carelevel/contract';
import type { UsersTable } from '@carelevel/storage';
import { appendAudit, type AuditAction, type Changer } from '../audit/audit-store.js';
import { now } from '../db/ids.js';
import type { Db } from '../db/db.js';
import { hashPassword } from './passwords.js';
import { checkProgramsExist, passwordProblems, roleProblems, toUserView } from './user-store.js';

/**
 * An account's lifecycle, shared by the API (admin) and the `carelevel users` command. Each change is
 * one transaction with its audit row; ending access (disable, reset) ends every session at once, and
 * disabling revokes every API token too.
 */
async function change<T>(
  db: Db,
  userId: string,
  by: Changer,
  action: AuditAction,
  work: (tx: Db, user: UsersTable) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const user = await tx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (!user) throw new DomainError('not-found');
    const result = await work(tx, user);
    await appendAudit(tx, [{ action, entityType: 'user', entityId: userId }], by);
    return result;
  });
}

/** The last admin who can sign in may not be disabled or given another role: nobody could manage accounts. */
async function keepAnAdmin(tx: Db, user: UsersTable): Promise<void> {
  if (user.role !== 'admin' || user.disabled_at !== null) return;
  const others = await tx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '!=', user.id)
    .limit(1)
    .executeTakeFirst();
  if (!others) throw new DomainError('last-admin');
}

export async function endSessions(db: Db, userId: string): Promise<number> {
  return Number((await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()).numDeletedRows);
}

export function disableUser(db: Db, userId: string, by: Changer): Promise<UserView> {
  return change(db, userId, by, 'disable', async (tx, user) => {
    await keepAnAdmin(tx, user);
    const at = now();
    if (user.disabled_at === null) await tx.updateTable('users').set({ disabled_at: at }).where('id', '=', userId).execute();
    await endSessions(tx, userId);
    await tx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    return toUserView(user);
  });
}

/** Enabling also lifts a lockout. Tokens revoked on disabling stay revoked: make new ones. */
export function enableUser(db: Db, userId: string, by: Changer): Promise<UserView> {
  return change(db, userId, by, 'enable', async (tx, user) => {
    await tx.updateTable('users').set({ disabled_at: null, failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
    return toUserView(user);
  });
}

export function setRole(db: Db, userId: string, role: Role, programs: readonly string[], by: Changer): Promise<UserView> {
  return change(db, userId, by, 'set-role', async (tx, user) => {
    failIf('invalid-request', roleProblems(role, programs));
    await checkProgramsExist(tx, programs);
    if (role !== 'admin') await keepAnAdmin(tx, user);
    await tx
      .updateTable('users')
      .set({ role, programs: JSON.stringify(programs) })
      .where('id', '=', userId)
      .execute();
    return toUserView({ ...user, role, programs: JSON.stringify(programs) });
  });
}

/** A new password from an admin: the old one stops working, every session ends, a lockout lifts. */
export async function resetPassword(db: Db, userId: string, password: string, by: Changer): Promise<UserView> {
  failIf('invalid-request', passwordProblems(password));
  const hash = await hashPassword(password);
  return change(db, userId, by, 'reset-password', async (tx, user) => {
    await tx.updateTable('users').set({ password_hash: hash, failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
    await endSessions(tx, userId);
    return toUserView(user);
  });
}

/** "Sign out everywhere": every session of the account ends now (API tokens are separate; revoke those by id). */
export function signOutEverywhere(db: Db, userId: string, by: Changer): Promise<number> {
  return change(db, userId, by, 'end-sessions', (tx) => endSessions(tx, userId));
}

/** Remove a user's second factor (a lost phone and lost recovery codes); they enrol again at next sign-in if required. */
export function resetSecondFactor(db: Db, userId: string, by: Changer): Promise<UserView> {
  return change(db, userId, by, 'second-factor', async (tx, user) => {
    await tx
      .updateTable('users')
      .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
      .where('id', '=', userId)
      .execute();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await endSessions(tx, userId);
    return toUserView(user);
  });
}
