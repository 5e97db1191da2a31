import type { Kysely, Migration } from 'kysely';
import { TEXT } from './column-types.js';

type Db = Kysely<unknown>;

const DATE = 'varchar(10)';

/**
 * A referral is a handoff between two clinicians: a note to the program and an urgency, what intake
 * needs (JSON, taken from the person's latest determination when the referral is made), the expected
 * admission day given on accepting, and the day the person was admitted.
 */
export const referralHandoff: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema.alterTable('referrals').addColumn('note', TEXT).execute();
    await db.schema
      .alterTable('referrals')
      .addColumn('urgency', 'varchar(16)', (c) => c.notNull().defaultTo('routine'))
      .execute();
    await db.schema.alterTable('referrals').addColumn('handoff_json', TEXT).execute();
    await db.schema.alterTable('referrals').addColumn('expected_admission_on', DATE).execute();
    await db.schema.alterTable('referrals').addColumn('admitted_on', DATE).execute();
  },
  async down(db: Db): Promise<void> {
    for (const name of ['admitted_on', 'expected_admission_on', 'handoff_json', 'urgency', 'note'])
      await db.schema.alterTable('referrals').dropColumn(name).execute();
  },
};
