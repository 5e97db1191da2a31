import type { Generated } from 'kysely';

export interface AuditEventsTable {
  /** PostgreSQL's bigserial arrives as a string (it may exceed 2^53), SQLite's as a number. */
  seq: Generated<number | string>;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  ip: string;
  /** The hash of the row before (64 zeros for the first), and of this row with it: a chain. */
  prev_hash: string;
  hash: string;
}
