import type { Kysely, Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

type Db = Kysely<unknown>;

/** Continued-stay reviews: the engine's transition beside the one recorded, and the episodes it moved. */
export const careTransitions: Migration = {
  async up(db: Db): Promise<void> {
    await db.schema
      .createTable('care_transitions')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id'))
      .addColumn('previous_assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('assessment_id', 'varchar(36)', (c) => c.notNull().references('assessments.id'))
      .addColumn('current_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_action', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_to_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('engine_json', TEXT, (c) => c.notNull())
      .addColumn('rules_version', 'varchar(40)', (c) => c.notNull())
      .addColumn('action', 'varchar(40)', (c) => c.notNull())
      .addColumn('to_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('program_id', 'varchar(64)')
      .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('note', TEXT)
      .addColumn('ended_episode_id', 'varchar(36)', (c) => c.references('episodes.id'))
      .addColumn('opened_episode_id', 'varchar(36)', (c) => c.references('episodes.id'))
      .addColumn('recorded_by', 'varchar(36)', (c) => c.notNull())
      .addColumn('recorded_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('care_transitions_person').on('care_transitions').columns(['person_id', 'effective_on']).execute();
  },
  async down(db: Db): Promise<void> {
    await db.schema.dropTable('care_transitions').execute();
  },
};
