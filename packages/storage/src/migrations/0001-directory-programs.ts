import { sql, type Kysely, type Migration } from 'kysely';

export const createPrograms: Migration = {
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
