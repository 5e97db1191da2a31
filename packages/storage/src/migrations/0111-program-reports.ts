import type { Kysely, Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

/**
 * "Report a problem" on a listing: what is wrong and an optional note, from anyone, with nothing
 * about who sent it (not even the address: the rate limit is counted in memory). An administrator
 * resolves each one: the listing fixed, marked closed, or the report dismissed.
 */
export const programReports: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('program_reports')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('problem', 'varchar(40)', (c) => c.notNull())
      .addColumn('note', TEXT)
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('open'))
      .addColumn('resolved_by', 'varchar(36)')
      .addColumn('resolved_at', TIME)
      .addColumn('resolution_note', TEXT)
      .execute();
    await db.schema.createIndex('program_reports_status').on('program_reports').columns(['status', 'created_at']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('program_reports').execute();
  },
};
