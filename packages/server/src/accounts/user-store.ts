import type { Kysely } from 'kysely';
import { ApiError, type FieldError } from '../errors/catalogue.js';
import { newId, now } from '../storage/ids.js';
import type { ServerTables, UsersTable } from '../storage/tables.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
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
  const errors: FieldError[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(user.email.trim())) errors.push({ path: 'email', message: 'must be an email address' });
  errors.push(...passwordProblems(user.password), ...roleProblems(user.role, user.programs ?? []));
  if (errors.length > 0) throw new ApiError('invalid-request', errors);
}

export const passwordProblems = (password: string): FieldError[] =>
  password.length < MIN_PASSWORD_LENGTH ? [{ path: 'password', message: `must have at least ${MIN_PASSWORD_LENGTH} characters` }] : [];

/** Program staff work for programs; nobody else is bound to one. */
export function roleProblems(role: Role, programs: readonly string[]): FieldError[] {
  if (role === 'program-staff' && programs.length === 0)
    return [{ path: 'programs', message: 'program staff must be bound to at least one program' }];
  if (role !== 'program-staff' && programs.length > 0) return [{ path: 'programs', message: 'only program staff are bound to programs' }];
  return [];
}

const emailTaken = (): ApiError => new ApiError('email-taken', [{ path: 'email', message: 'is already registered' }]);

export async function createUser(db: Kysely<ServerTables>, user: NewUser): Promise<UserView> {
  checkNewUser(user);
  const email = normalizeEmail(user.email);
  await checkProgramsExist(db, user.programs ?? []);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw emailTaken();
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

/** Program staff are bound to programs in the directory; a mistyped id would bind them to nothing. */
export async function checkProgramsExist(db: Kysely<ServerTables>, programs: readonly string[]): Promise<void> {
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
  /** Set while the account is disabled. */
  readonly disabledAt: string | null;
  /** Whether a second factor (TOTP) is enrolled. */
  readonly secondFactor: boolean;
  /** Sessions signed in and not ended. */
  readonly activeSessions: number;
}

/** Every account, by role then email; never a password hash or a secret. */
export async function listUsers(db: Kysely<ServerTables>, idleMs: number, at = new Date()): Promise<UserListing[]> {
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
