import { createHash } from 'node:crypto';

/** The `prev_hash` of the first row: nothing came before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers (everything but the hash itself). */
export interface ChainedFields {
  readonly seq: number | string;
  readonly at: string;
  readonly actor_id: string | null;
  readonly action: string;
  readonly entity_type: string;
  readonly entity_id: string;
  readonly person_id: string | null;
  readonly ip: string;
  readonly prev_hash: string;
}

/**
 * SHA-256 over the row's fields and the previous row's hash. A JSON array keeps field boundaries
 * unambiguous ("ab","c" and "a","bc" hash differently); seq as text reads alike from both databases.
 * It lives with the tables because a migration (0107) chains rows written before the chain existed.
 */
export function rowHash(r: ChainedFields): string {
  const fields = [String(r.seq), r.at, r.actor_id, r.action, r.entity_type, r.entity_id, r.person_id, r.ip, r.prev_hash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
