import type { Kysely, Migration } from 'kysely';

/**
 * Who last confirmed a listing: `program` (its own staff, from the inbox) or `source` (the date came
 * with the listing from the file or the locator). Null while never confirmed. The finder says which.
 */
export const listingConfirmedBy: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('directory_programs').addColumn('verified_by', 'varchar(20)').execute();
    await db
      .updateTable('directory_programs' as never)
      .set({ verified_by: 'source' } as never)
      .where('last_verified' as never, 'is not', null)
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('directory_programs').dropColumn('verified_by').execute();
  },
};
