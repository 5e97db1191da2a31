import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for the record tables at state scale (issue 16), each ending in the column its list is
 * ordered and paged by, so a page is an index range read from its cursor rather than a sort of every
 * row that matches:
 *
 * - people by `updated_at, id`: the people list and search, newest change first (keyset `cursor`);
 * - referrals by program (and status) then `updated_at, id`, by status, by person, and by
 *   `updated_at, id` alone: the referral board in each of its filters (keyset `cursor`);
 * - determinations had none but their key: by person (the timeline, a referral's hand-off), by
 *   assessment (the latest determination on an assessment, and the report's "latest only" check) and
 *   by `decided_at` (the report's window).
 *
 * The old referral indexes are prefixes of the new ones and go (if there: a re-run finds them gone).
 */
export const recordKeysetIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('people_updated').on('people').columns(['updated_at', 'id']).execute();
    await db.schema.dropIndex('referrals_program_status').ifExists().execute();
    await db.schema.dropIndex('referrals_person').ifExists().execute();
    await db.schema.createIndex('referrals_program_updated').on('referrals').columns(['program_id', 'updated_at', 'id']).execute();
    await db.schema
      .createIndex('referrals_program_status_updated')
      .on('referrals')
      .columns(['program_id', 'status', 'updated_at', 'id'])
      .execute();
    await db.schema.createIndex('referrals_status_updated').on('referrals').columns(['status', 'updated_at', 'id']).execute();
    await db.schema.createIndex('referrals_person_updated').on('referrals').columns(['person_id', 'updated_at', 'id']).execute();
    await db.schema.createIndex('referrals_updated').on('referrals').columns(['updated_at', 'id']).execute();
    await db.schema.createIndex('determinations_person').on('determinations').columns(['person_id', 'decided_at', 'id']).execute();
    await db.schema.createIndex('determinations_assessment').on('determinations').columns(['assessment_id', 'decided_at', 'id']).execute();
    await db.schema.createIndex('determinations_decided').on('determinations').columns(['decided_at']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const name of [
      'determinations_decided',
      'determinations_assessment',
      'determinations_person',
      'referrals_updated',
      'referrals_person_updated',
      'referrals_status_updated',
      'referrals_program_status_updated',
      'referrals_program_updated',
      'people_updated',
    ])
      await db.schema.dropIndex(name).execute();
    await db.schema.createIndex('referrals_person').on('referrals').column('person_id').execute();
    await db.schema.createIndex('referrals_program_status').on('referrals').columns(['program_id', 'status']).execute();
  },
};
