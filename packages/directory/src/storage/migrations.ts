import { sql, type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

/**
 * Migrations are plain objects in a list so another package (the server) can append its own and run
 * them through the same `migrateToLatest`. Names sort in the order they run: keep the numeric prefix;
 * the directory uses 0001–0099.
 */
export interface NamedMigration {
  readonly name: string;
  readonly migration: Migration;
}

const createPrograms: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('directory_programs')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('source', 'varchar(40)', (c) => c.notNull())
      .addColumn('source_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name2', 'text', (c) => c.notNull())
      .addColumn('street1', 'text', (c) => c.notNull())
      .addColumn('street2', 'text', (c) => c.notNull())
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('state', 'varchar(2)', (c) => c.notNull())
      .addColumn('zip', 'varchar(5)', (c) => c.notNull())
      .addColumn('county', 'text', (c) => c.notNull())
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('coordinates_from', 'varchar(20)')
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('intake_phone', 'text', (c) => c.notNull())
      .addColumn('website', 'text', (c) => c.notNull())
      .addColumn('scope', 'varchar(20)', (c) => c.notNull())
      .addColumn('care', 'text', (c) => c.notNull())
      .addColumn('payments', 'text', (c) => c.notNull())
      .addColumn('services', 'text', (c) => c.notNull())
      .addColumn('serves', 'text', (c) => c.notNull())
      .addColumn('openings', 'text')
      .addColumn('last_verified', 'varchar(10)')
      .addColumn('import_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addCheckConstraint('directory_programs_coordinates_pair', sql`(latitude is null) = (longitude is null)`)
      .execute();
    // No secondary indexes: search runs on the in-memory index built from this table, and each
    // index would slow every import row. A later migration adds any the server's queries need.
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('directory_programs').execute();
  },
};

const createImports: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('directory_imports')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('seq', 'integer')
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('format', 'varchar(40)', (c) => c.notNull())
      .addColumn('started_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('finished_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('rows_read', 'integer', (c) => c.notNull())
      .addColumn('rows_imported', 'integer', (c) => c.notNull())
      .addColumn('rows_skipped', 'integer', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('directory_imports').execute();
  },
};

export const DIRECTORY_MIGRATIONS: readonly NamedMigration[] = [
  { name: '0001-directory-programs', migration: createPrograms },
  { name: '0002-directory-imports', migration: createImports },
];

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

/** Bring the database up to the newest of the given migrations (default: the directory's). */
export async function migrateToLatest<T>(
  db: Kysely<T>,
  migrations: readonly NamedMigration[] = DIRECTORY_MIGRATIONS,
  options: { readonly schema?: string } = {},
): Promise<string[]> {
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
