import type { Kysely, Migration } from 'kysely';

/**
 * The audit log is the table that grows fastest (every audited read adds rows) and is read newest
 * first, a page at a time, filtered by person, actor or entity. Each filter's index now ends in `seq`,
 * so a page is an index range read from its cursor (`beforeSeq`) instead of a sort of every row the
 * filter matches, and paging deep into a year of rows costs what the first page costs. The old person
 * and entity indexes are prefixes of the new ones and go (if there: a re-run finds them gone).
 */
export const auditKeysetIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('audit_events_person').ifExists().execute();
    await db.schema.dropIndex('audit_events_entity').ifExists().execute();
    await db.schema.createIndex('audit_events_person_seq').on('audit_events').columns(['person_id', 'seq']).execute();
    await db.schema.createIndex('audit_events_actor_seq').on('audit_events').columns(['actor_id', 'seq']).execute();
    await db.schema.createIndex('audit_events_entity_seq').on('audit_events').columns(['entity_type', 'entity_id', 'seq']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('audit_events_entity_seq').execute();
    await db.schema.dropIndex('audit_events_actor_seq').execute();
    await db.schema.dropIndex('audit_events_person_seq').execute();
    await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity_type', 'entity_id']).execute();
    await db.schema.createIndex('audit_events_person').on('audit_events').column('person_id').execute();
  },
};
