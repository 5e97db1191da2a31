import { sql, type Kysely } from 'kysely';
import type { AppTables } from './tables/app-tables.js';

/**
 * On PostgreSQL the schema belongs to an owner role that runs the migrations, and the server connects
 * as another role that may read and write the records but only insert into and read the audit log:
 * it can neither change nor remove an audit row, nor drop the triggers that guard them (only an
 * owner may). Run by `carelevel migrate --app-role NAME` as the owner; safe to repeat.
 */
export async function grantAppRole(db: Kysely<AppTables>, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`the app role must be a lower-case SQL name, got "${role}"`);
  const me = await sql<{ user: string; schema: string }>`select current_user as user, current_schema() as schema`.execute(db);
  const { user, schema } = me.rows[0] ?? { user: '', schema: '' };
  if (user === role) throw new Error('the app role must not be the owner role that runs the migrations');
  const s = sql.id(schema);
  const r = sql.id(role);
  await sql`grant usage on schema ${s} to ${r}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(db);
  await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(db);
  await sql`revoke update, delete, truncate on ${s}.audit_events from ${r}`.execute(db);
  await sql`revoke insert, update, delete, truncate on ${s}.kysely_migration, ${s}.kysely_migration_lock from ${r}`.execute(db);
}
