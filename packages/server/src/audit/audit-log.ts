import type { FastifyRequest } from 'fastify';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { boundedIp } from '../http/client-address.js';
import { now } from '../storage/ids.js';
import type { ServerTables } from '../storage/tables.js';
import { GENESIS_HASH, rowHash } from './audit-chain.js';

export type AuditAction =
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'sign'
  | 'revoke'
  | 'transition'
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'setup'
  | 'denied'
  | 'disable'
  | 'enable'
  | 'set-role'
  | 'reset-password'
  | 'end-sessions'
  | 'second-factor';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly personId?: string | null;
}

type Db = Kysely<ServerTables>;

/** Any constant will do; every instance must use the same one. */
const CHAIN_LOCK_KEY = 4_241_917_011;

/**
 * Append who did what to which record, when and from where. Called inside the same transaction as a
 * write (so a write is never stored without its audit row) and before a read's response is sent.
 */
export async function recordAudit(
  db: Db,
  req: FastifyRequest,
  entries: readonly AuditEntry[],
  actorId: string | null = req.principal?.userId ?? null,
): Promise<void> {
  await appendAudit(db, entries, actorId, boundedIp(req.ip));
}

/**
 * Each row carries the hash of the one before, so a changed or removed row shows (`carelevel audit
 * verify`). Appends must therefore be one at a time: on PostgreSQL a transaction-scoped advisory lock
 * (which needs no privilege on any table), on SQLite the write transaction itself (BEGIN IMMEDIATE).
 * Seq is assigned here under that lock, so the chain has no gaps and a missing seq is a removed row.
 */
export async function appendAudit(db: Db, entries: readonly AuditEntry[], actorId: string | null, ip: string): Promise<void> {
  if (entries.length === 0) return;
  if (!db.isTransaction) {
    await db.transaction().execute((tx) => appendAudit(tx, entries, actorId, ip));
    return;
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(db);
  const last = await db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const at = now();
  const rows = entries.map((e) => {
    seq += 1;
    const fields = {
      seq,
      at,
      actor_id: actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      person_id: e.personId ?? null,
      ip,
      prev_hash: prev,
    };
    prev = rowHash(fields);
    return { ...fields, hash: prev };
  });
  // Chunked: a list answer may audit hundreds of rows, and SQLite caps the variables in one statement.
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('audit_events')
      .values(rows.slice(i, i + 200))
      .execute();
}
