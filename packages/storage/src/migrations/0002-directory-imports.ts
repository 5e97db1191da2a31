import type { Kysely, Migration } from 'kysely';

export const createImports: Migration = {
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
