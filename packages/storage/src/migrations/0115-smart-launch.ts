import type { Kysely, Migration } from 'kysely';
import { TEXT, TIME } from './column-types.js';

/**
 * SMART App Launch from a health record. Four small tables:
 * - `smart_launches`: a launch in flight (PKCE verifier, nonce), keyed by a hash of its `state`, used
 *   once and short-lived, so a callback can be matched to the launch that this server started;
 * - `smart_user_links`: which record user (`fhirUser` at an issuer) is which carelevel account, set by
 *   an administrator: a record user is never mapped by guessing from a name or an email;
 * - `smart_patient_links`: which record Patient is which carelevel person, so a second launch on the
 *   same patient opens the same person;
 * - `smart_session_tokens`: the record's access token behind one staff session, kept server-side only.
 */
export const smartLaunch: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('smart_launches')
      .addColumn('state_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('iss', 'varchar(500)', (c) => c.notNull())
      .addColumn('code_verifier', 'varchar(128)', (c) => c.notNull())
      .addColumn('nonce', 'varchar(128)', (c) => c.notNull())
      .addColumn('browser_hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('expires_at', TIME, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('smart_user_links')
      .addColumn('iss', 'varchar(500)', (c) => c.notNull())
      .addColumn('fhir_user', 'varchar(500)', (c) => c.notNull())
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addPrimaryKeyConstraint('smart_user_links_pk', ['iss', 'fhir_user'])
      .execute();
    await db.schema
      .createTable('smart_patient_links')
      .addColumn('iss', 'varchar(500)', (c) => c.notNull())
      .addColumn('patient_id', 'varchar(200)', (c) => c.notNull())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('created_at', TIME, (c) => c.notNull())
      .addPrimaryKeyConstraint('smart_patient_links_pk', ['iss', 'patient_id'])
      .execute();
    await db.schema
      .createTable('smart_session_tokens')
      .addColumn('session_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('iss', 'varchar(500)', (c) => c.notNull())
      .addColumn('access_token', TEXT, (c) => c.notNull())
      .addColumn('scope', TEXT, (c) => c.notNull())
      .addColumn('patient_id', 'varchar(200)', (c) => c.notNull())
      .addColumn('person_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('expires_at', TIME, (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['smart_session_tokens', 'smart_patient_links', 'smart_user_links', 'smart_launches'])
      await db.schema.dropTable(t).execute();
  },
};
