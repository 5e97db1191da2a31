import type { Kysely, Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

/**
 * Closing the loop with a program's own system. `program_fhir_endpoints`: where a program's FHIR
 * server is and how carelevel authenticates to it (the bearer token stays here, never returned), and
 * the hash of the secret the program's system uses to send carelevel a subscription notification.
 * `fhir_deliveries`: one durable row per referral sent there, so a peer that is down or a restart
 * loses nothing: attempts, when to try next, the last error, who holds the row now, and the peer's
 * Task it became (with the last change of it carelevel has taken in).
 */
export const fhirClosedLoop: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('program_fhir_endpoints')
      .addColumn('program_id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('base_url', 'varchar(500)', (c) => c.notNull())
      .addColumn('auth', 'varchar(20)', (c) => c.notNull())
      .addColumn('bearer_token', TEXT)
      .addColumn('notify_token_hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(36)')
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('fhir_deliveries')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('referral_id', 'varchar(36)', (c) => c.notNull().unique().references('referrals.id'))
      .addColumn('program_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', TIME, (c) => c.notNull())
      .addColumn('last_error', 'varchar(300)')
      .addColumn('claimed_until', TIME)
      .addColumn('peer_task_id', 'varchar(200)')
      .addColumn('peer_seen_at', TIME)
      .addColumn('peer_polled_at', TIME)
      .addColumn('delivered_at', TIME)
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addColumn('updated_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('fhir_deliveries_due').on('fhir_deliveries').columns(['status', 'next_attempt_at']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('fhir_deliveries').execute();
    await db.schema.dropTable('program_fhir_endpoints').execute();
  },
};
