import { sql, type Kysely, type Migration } from 'kysely';
import { TIME } from './column-types.js';

type Db = Kysely<unknown>;

/**
 * Every import or refresh is a snapshot: its source, its area (refreshes), and counts of what it
 * added, changed, left unchanged and found no longer listed. Each program it touched gets a row in
 * `directory_snapshot_programs` (its outcome and, when changed, the fields before and after), which
 * is both the program's field history and the set a later refresh of the same area compares with.
 * A program no longer listed keeps its row (referrals name it) with `delisted_at` set; what its own
 * staff corrected is remembered in `staff_fields` so a refresh does not undo it with older data.
 */
export const directorySnapshots: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('directory_programs').addColumn('delisted_at', TIME).execute();
    await db.schema.alterTable('directory_programs').addColumn('staff_fields', 'text').execute();
    await db.schema
      .alterTable('directory_imports')
      .addColumn('kind', 'varchar(20)', (c) => c.notNull().defaultTo('import'))
      .execute();
    await db.schema.alterTable('directory_imports').addColumn('area', 'text').execute();
    for (const name of ['added', 'changed', 'unchanged', 'no_longer_listed'])
      await db.schema
        .alterTable('directory_imports')
        .addColumn(name, 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    // Imports before snapshots counted only what they wrote: all of it reads as added.
    await sql`update directory_imports set added = rows_imported`.execute(db);
    // seq was never filled: number the snapshots already there in the order they finished, so a
    // refresh can find the one before it (each new snapshot takes the next number).
    await sql`update directory_imports set seq = (select count(*) from directory_imports b
      where b.finished_at < directory_imports.finished_at
         or (b.finished_at = directory_imports.finished_at and b.id <= directory_imports.id))`.execute(db);
    await db.schema
      .createTable('directory_snapshot_programs')
      .addColumn('snapshot_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('outcome', 'varchar(20)', (c) => c.notNull())
      .addColumn('changes', 'text')
      .addPrimaryKeyConstraint('directory_snapshot_programs_pk', ['snapshot_id', 'program_id'])
      .execute();
    await db.schema.createIndex('directory_snapshot_programs_program').on('directory_snapshot_programs').columns(['program_id']).execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropTable('directory_snapshot_programs').execute();
    for (const name of ['no_longer_listed', 'unchanged', 'changed', 'added', 'area', 'kind'])
      await db.schema.alterTable('directory_imports').dropColumn(name).execute();
    await db.schema.alterTable('directory_programs').dropColumn('staff_fields').execute();
    await db.schema.alterTable('directory_programs').dropColumn('delisted_at').execute();
  },
};
