import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { LOCKOUT } from './login-throttle.js';

/**
 * Count a failed sign-in and lock the account at the limit, in one statement: the database adds to
 * the stored count, so twenty wrong passwords sent at once count twenty (a read, then a write of
 * count + 1, let parallel guesses overwrite each other and never lock).
 */
export async function countFailedSignIn(db: Db, userId: string, at = new Date()): Promise<void> {
  const lockUntil = new Date(at.getTime() + LOCKOUT.lockMs).toISOString();
  const reached = sql<boolean>`failed_logins + 1 >= ${LOCKOUT.failures}`;
  await db
    .updateTable('users')
    .set({
      failed_logins: sql<number>`case when ${reached} then 0 else failed_logins + 1 end`,
      locked_until: sql<string | null>`case when ${reached} then ${lockUntil} else locked_until end`,
    })
    .where('id', '=', userId)
    .execute();
}

/**
 * After a right password: clear the count unless the account is locked, in one statement, so a lock
 * set by a parallel guess a moment ago still holds. False when locked.
 */
export async function clearFailuresUnlessLocked(db: Db, userId: string, at = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at.toISOString())]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const isLocked = (lockedUntil: string | null, at = new Date()): boolean =>
  lockedUntil !== null && Date.parse(lockedUntil) > at.getTime();
