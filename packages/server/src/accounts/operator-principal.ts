import { DomainError, isRole } from '@carelevel/contract';
import type { Db } from '../db/db.js';
import type { Principal } from './principal.js';
import { findUserByEmail, principalRow } from './user-store.js';

/**
 * The account a command-line action acts as (`--as EMAIL`): an operator at the server discloses or
 * changes a person's record in someone's name, under that account's role and consents, and the audit
 * log says whose. A disabled account acts as nobody.
 */
export async function operatorPrincipal(db: Db, email: string): Promise<Principal> {
  const found = await findUserByEmail(db, email);
  const user = found ? await principalRow(db, found.id) : undefined;
  if (!user || user.disabled_at !== null || !isRole(user.role))
    throw new DomainError('invalid-request', [{ path: ['as'], message: `is not an account that can act: ${email}` }]);
  // Like a script's API token: no browser, so no second-factor enrolment; the audit rows say `cli`.
  return { userId: user.id, role: user.role, programs: user.programs, via: 'token', mustEnrolSecondFactor: false };
}
