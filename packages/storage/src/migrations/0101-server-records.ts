import type { Kysely, Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

type Db = Kysely<unknown>;

export const records: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('people')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('given_name', TEXT, (c) => c.notNull())
      .addColumn('family_name', TEXT, (c) => c.notNull())
      .addColumn('birth_date', 'varchar(10)')
      .addColumn('preferred_language', 'varchar(35)')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('assessments')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('supersedes', 'varchar(36)', (c) => c.references('assessments.id'))
      .addColumn('case_json', TEXT, (c) => c.notNull())
      .addColumn('recommendation_json', TEXT, (c) => c.notNull())
      .addColumn('rules_version', 'varchar(40)', (c) => c.notNull())
      .addColumn('indicated_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('signed_by', 'varchar(36)')
      .addColumn('signed_at', TIME)
      .execute();
    await db.schema.createIndex('assessments_person').on('assessments').columns(['person_id', 'created_at']).execute();
    await db.schema
      .createTable('determinations')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('indicated_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('chosen_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('variance_reason', 'varchar(40)')
      .addColumn('note', TEXT)
      .addColumn('decided_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('decided_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('episodes')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)')
      .addColumn('level', 'varchar(40)', (c) => c.notNull())
      .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('ended_on', 'varchar(10)')
      .addColumn('outcome', 'varchar(40)')
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('episodes_person').on('episodes').columns(['person_id', 'started_on']).execute();
    await db.schema
      .createTable('consents')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('purpose', TEXT, (c) => c.notNull())
      .addColumn('shares', TEXT, (c) => c.notNull())
      .addColumn('expires_at', TIME, (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('revoked_at', TIME)
      .addColumn('revoked_by', 'varchar(36)')
      .execute();
    await db.schema.createIndex('consents_person_program').on('consents').columns(['person_id', 'program_id']).execute();
    await db.schema
      .createTable('referrals')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('group_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('consent_id', 'varchar(36)', (c) => c.notNull().references('consents.id'))
      .addColumn('level', 'varchar(40)')
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('reason', TEXT)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('referrals_program_status').on('referrals').columns(['program_id', 'status']).execute();
    await db.schema.createIndex('referrals_person').on('referrals').column('person_id').execute();
    await db.schema
      .createTable('referral_transitions')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('referral_id', 'varchar(36)', (c) => c.notNull().references('referrals.id'))
      .addColumn('from_status', 'varchar(20)')
      .addColumn('to_status', 'varchar(20)', (c) => c.notNull())
      .addColumn('reason', TEXT)
      .addColumn('by_user', 'varchar(36)', (c) => c.notNull())
      .addColumn('at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('referral_transitions_referral').on('referral_transitions').columns(['referral_id', 'at']).execute();
    await db.schema
      .createTable('aftercare_plans')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('plan_json', TEXT, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();
  },
  async down(db: Db): Promise<void> {
    for (const t of [
      'aftercare_plans',
      'referral_transitions',
      'referrals',
      'consents',
      'episodes',
      'determinations',
      'assessments',
      'people',
    ])
      await db.schema.dropTable(t).execute();
  },
};
