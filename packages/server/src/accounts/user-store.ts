import type { Kysely } from 'kysely';
import { ApiError } from '../errors/catalogue.js';
import { newId, now } from '../storage/ids.js';
import type { ServerTables, UsersTable } from '../storage/tables.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';
import type { Role } from './roles.js';

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly programs?: readonly string[];
}

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly programs: readonly string[];
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function toUserView(row: UsersTable): UserView {
  return { id: row.id, email: row.email, role: row.role as Role, programs: JSON.parse(row.programs) as string[] };
}

/** Check the rules a new account must meet; every problem at once. */
export function checkNewUser(user: NewUser): void {
  const errors = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(user.email.trim())) errors.push({ path: 'email', message: 'must be an email address' });
  if (user.password.length < MIN_PASSWORD_LENGTH)
    errors.push({ path: 'password', message: `must have at least ${MIN_PASSWORD_LENGTH} characters` });
  if (user.role === 'program-staff' && (user.programs ?? []).length === 0)
    errors.push({ path: 'programs', message: 'program staff must be bound to at least one program' });
  if (user.role !== 'program-staff' && (user.programs ?? []).length > 0)
    errors.push({ path: 'programs', message: 'only program staff are bound to programs' });
  if (errors.length > 0) throw new ApiError('invalid-request', errors);
}

export async function createUser(db: Kysely<ServerTables>, user: NewUser): Promise<UserView> {
  checkNewUser(user);
  const email = normalizeEmail(user.email);
  await checkProgramsExist(db, user.programs ?? []);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new ApiError('email-taken', [{ path: 'email', message: 'is already registered' }]);
  const row: UsersTable = {
    id: newId(),
    email,
    password_hash: await hashPassword(user.password),
    role: user.role,
    programs: JSON.stringify(user.programs ?? []),
    failed_logins: 0,
    locked_until: null,
    created_at: now(),
  };
  await db.insertInto('users').values(row).execute();
  return toUserView(row);
}

/** Program staff are bound to programs in the directory; a mistyped id would bind them to nothing. */
async function checkProgramsExist(db: Kysely<ServerTables>, programs: readonly string[]): Promise<void> {
  if (programs.length === 0) return;
  const found = new Set(
    (
      await db
        .selectFrom('directory_programs')
        .select('id')
        .where('id', 'in', [...programs])
        .execute()
    ).map((r) => r.id),
  );
  const errors = programs.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `programs.${i}`, message: 'is not a program in the directory' }],
  );
  if (errors.length > 0) throw new ApiError('invalid-request', errors);
}

export async function findUserByEmail(db: Kysely<ServerTables>, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function adminExists(db: Kysely<ServerTables>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst()) !== undefined;
}

export interface UserListing extends UserView {
  readonly createdAt: string;
  /** Set while the account is locked after repeated failed sign-ins. */
  readonly lockedUntil: string | null;
}

/** Every account, by role then email; never a password hash. */
export async function listUsers(db: Kysely<ServerTables>): Promise<UserListing[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('role').orderBy('email').execute();
  const at = Date.now();
  return rows.map((r) => ({
    ...toUserView(r),
    createdAt: r.created_at,
    lockedUntil: r.locked_until && Date.parse(r.locked_until) > at ? r.locked_until : null,
  }));
}
