import { sql, type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { appMigrations, type NamedMigration } from './migrations/app-migrations.js';
import type { DialectName } from './dialect.js';

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const hint = /permission denied|must be owner/.test(message)
      ? '; this database role may not change the schema: run `carelevel migrate` as the owner role'
      : '';
    super(`database migration ${migration} failed: ${message}${hint}`);
    this.name = 'MigrationFailedError';
  }
}

async function anyPending<T>(db: Kysely<T>, migrations: readonly NamedMigration[], schema: string | undefined): Promise<boolean> {
  try {
    const table = schema ? sql.id(schema, 'kysely_migration') : sql.id('kysely_migration');
    const done = new Set((await sql<{ name: string }>`select name from ${table}`.execute(db)).rows.map((r) => r.name));
    return migrations.some((m) => !done.has(m.name));
  } catch {
    return true; // no migration table yet: a new database
  }
}

/**
 * Bring the database up to the newest migration of the app (or of the list given, which tests use to
 * stop at an older one). Returns the names applied.
 */
export async function migrateToLatest<T>(
  db: Kysely<T>,
  dialect: DialectName,
  options: { readonly schema?: string | undefined; readonly migrations?: readonly NamedMigration[] } = {},
): Promise<string[]> {
  const migrations = options.migrations ?? appMigrations(dialect);
  // Nothing to do is the common start; checking first lets a server run as a database role that may
  // read the migration table but not create or lock it (docs/operations.md, PostgreSQL roles).
  if (!(await anyPending(db, migrations, options.schema))) return [];
  const provider: MigrationProvider = {
    getMigrations: () => Promise.resolve(Object.fromEntries(migrations.map((m) => [m.name, m.migration]))),
  };
  const migrator = new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? results?.[0]?.migrationName ?? 'unknown';
    throw new MigrationFailedError(failed, error);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
