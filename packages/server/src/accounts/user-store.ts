import {
  DomainError,
  failIf,
  isRole,
  type FieldIssue,
  type NewUser,
  type Role,
  type UserListing,
  type UserView,
} from '@carelevel/contract';
import { knownProgramIds } from '@carelevel/directory';
import { isUniqueViolation, type UsersTable } from '@carelevel/storage';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { onPostgres } from '../db/on-postgres.js';
import { newId, now } from '../db/ids.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';
import { SECOND_FACTOR_KEY } from './security-settings.js';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A stored role; the table's check constraint keeps it one of ours. */
export function storedRole(role: string): Role {
  if (!isRole(role)) throw new Error(`users.role holds ${role}, not a role`);
  return role;
}

/** The programs column: a JSON list of program ids. */
export function storedPrograms(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

export function toUserView(row: Pick<UsersTable, 'id' | 'email' | 'role' | 'programs'>): UserView {
  return { id: row.id, email: row.email, role: storedRole(row.role), programs: storedPrograms(row.programs) };
}

/** What a new account must meet; every problem at once, each under the field the person typed. */
export function newUserProblems(user: NewUser): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(user.email.trim())) issues.push({ path: ['email'], message: 'must be an email address' });
  return [...issues, ...passwordProblems(user.password), ...roleProblems(user.role, user.programs ?? [])];
}

export const passwordProblems = (password: string): FieldIssue[] =>
  password.length < MIN_PASSWORD_LENGTH ? [{ path: ['password'], message: `must have at least ${MIN_PASSWORD_LENGTH} characters` }] : [];

/** Program staff work for programs; nobody else is bound to one. */
export function roleProblems(role: Role, programs: readonly string[]): FieldIssue[] {
  if (role === 'program-staff' && programs.length === 0)
    return [{ path: ['programs'], message: 'program staff must be bound to at least one program' }];
  if (role !== 'program-staff' && programs.length > 0) return [{ path: ['programs'], message: 'only program staff are bound to programs' }];
  return [];
}

/** Program staff are bound to programs in the directory; a mistyped id would bind them to nothing. */
export async function checkProgramsExist(db: Db, programs: readonly string[]): Promise<void> {
  const found = await knownProgramIds(db, programs);
  failIf(
    'invalid-request',
    programs.flatMap((id, i) => (found.has(id) ? [] : [{ path: ['programs', i], message: 'is not a program in the directory' }])),
  );
}

const emailTaken = (): DomainError => new DomainError('email-taken', [{ path: ['email'], message: 'is already registered' }]);

/**
 * A new account (the API's admin and first-run setup, and `carelevel users add`). Paths name the
 * account's own fields (`email`, `programs[0]`); the API puts them under `body`.
 */
export async function createUser(db: Db, user: NewUser): Promise<UserView> {
  failIf('invalid-request', newUserProblems(user));
  const email = normalizeEmail(user.email);
  await checkProgramsExist(db, user.programs ?? []);
  if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw emailTaken();
  const row: UsersTable = {
    id: newId(),
    email,
    password_hash: await hashPassword(user.password),
    role: user.role,
    programs: JSON.stringify(user.programs ?? []),
    failed_logins: 0,
    locked_until: null,
    created_at: now(),
    disabled_at: null,
    totp_secret: null,
    totp_pending_secret: null,
    totp_enabled_at: null,
    totp_last_step: null,
  };
  // The check above answers the usual case; two requests at once both pass it, and the unique index decides.
  await db
    .insertInto('users')
    .values(row)
    .execute()
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? emailTaken() : err;
    });
  return toUserView(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function findUser(db: Db, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function adminExists(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Hold the users table for first-run setup, so two setup requests racing each other cannot both
 * create an admin: a table lock on PostgreSQL; SQLite's write transaction already runs alone.
 */
export async function lockUsersForSetup(tx: Db): Promise<void> {
  if (onPostgres(tx)) await sql`lock table users in share row exclusive mode`.execute(tx);
}

/** What each request needs to know about its caller: role, programs, disabled, and the second-factor setting. */
export async function principalRow(
  db: Db,
  userId: string,
): Promise<{ id: string; role: string; programs: string[]; disabled_at: string | null; enrolled: boolean; required: boolean } | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'role', 'programs', 'disabled_at', 'totp_secret'])
    .select((eb) => eb.selectFrom('settings').select('value').where('key', '=', SECOND_FACTOR_KEY).limit(1).as('second_factor_required'))
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  return {
    id: user.id,
    role: user.role,
    programs: storedPrograms(user.programs),
    disabled_at: user.disabled_at,
    enrolled: user.totp_secret !== null,
    required: user.second_factor_required === 'true',
  };
}

/** Every account, by role then email; never a password hash or a secret. */
export async function listUsers(db: Db, idleMs: number, at = new Date()): Promise<UserListing[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('role').orderBy('email').execute();
  const sessions = await db
    .selectFrom('sessions')
    .select(['user_id', (eb) => eb.fn.countAll().as('n')])
    .where('expires_at', '>', at.toISOString())
    .where('last_seen_at', '>', new Date(at.getTime() - idleMs).toISOString())
    .groupBy('user_id')
    .execute();
  return rows.map((r) => ({
    ...toUserView(r),
    createdAt: r.created_at,
    lockedUntil: r.locked_until && Date.parse(r.locked_until) > at.getTime() ? r.locked_until : null,
    disabledAt: r.disabled_at,
    secondFactor: r.totp_secret !== null,
    activeSessions: Number(sessions.find((s) => s.user_id === r.id)?.n ?? 0),
  }));
}
