import type { Kysely, Migration } from 'kysely';
import { TEXT } from './column-types.js';

/**
 * A program's FHIR server may want OAuth client credentials (SMART Backend Services) rather than a
 * fixed bearer token: carelevel's client id there, the scopes it asks for, and the private key (a JWK
 * carelevel made; only its public half is ever shown) that signs its client assertions.
 */
export const fhirBackendServices: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('program_fhir_endpoints').addColumn('client_id', 'varchar(200)').execute();
    await db.schema.alterTable('program_fhir_endpoints').addColumn('client_scope', 'varchar(500)').execute();
    await db.schema.alterTable('program_fhir_endpoints').addColumn('client_key', TEXT).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('program_fhir_endpoints').dropColumn('client_key').execute();
    await db.schema.alterTable('program_fhir_endpoints').dropColumn('client_scope').execute();
    await db.schema.alterTable('program_fhir_endpoints').dropColumn('client_id').execute();
  },
};
