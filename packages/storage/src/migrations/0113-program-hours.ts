import type { Kysely, Migration } from 'kysely';

/**
 * A program's hours of operation, as its own staff give them from the inbox: JSON (`Hours`: open 24
 * hours, or a time range per weekday, and a short note), null while the listing does not say. The
 * national locator has no hours, so a refresh leaves them as the program's staff set them.
 */
export const programHours: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('directory_programs').addColumn('hours', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('directory_programs').dropColumn('hours').execute();
  },
};
