import type { AuditEventView } from '@carelevel/contract';
import type { Db } from '../db/db.js';
import { chainAppends } from './chain-append.js';
import { groupAppend } from './group-append.js';

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
  | 'second-factor'
  | 'resolve';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly personId?: string | null;
}

/** Who made a change and from where: a signed-in user through the API, or the operator at the command line. */
export interface Changer {
  readonly actorId: string | null;
  readonly ip: string;
}

/**
 * Each row carries the hash of the one before, so a changed or removed row shows (`carelevel audit
 * verify`). Appends must therefore be one at a time: on PostgreSQL a transaction-scoped advisory lock
 * (which needs no privilege on any table), on SQLite the write transaction itself (BEGIN IMMEDIATE).
 * Seq is assigned here under that lock, so the chain has no gaps and a missing seq is a removed row.
 *
 * Inside a write's transaction the rows go in with the write (both or neither). Outside one (reads,
 * denials, sign-ins) concurrent callers share one transaction: see `groupAppend`.
 */
export async function appendAudit(db: Db, entries: readonly AuditEntry[], by: Changer): Promise<void> {
  if (entries.length === 0) return;
  if (!db.isTransaction) return groupAppend(db, { entries, by });
  await chainAppends(db, [{ entries, by }]);
}

export interface AuditFilter {
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly personId?: string | undefined;
  readonly actorId?: string | undefined;
  /** Only events older than this seq: keyset paging, as cheap on the thousandth page as on the first. */
  readonly beforeSeq?: number | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Audit rows, newest first. */
export async function listAuditEvents(db: Db, f: AuditFilter): Promise<AuditEventView[]> {
  let query = db.selectFrom('audit_events');
  if (f.entityType) query = query.where('entity_type', '=', f.entityType);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  if (f.personId) query = query.where('person_id', '=', f.personId);
  if (f.actorId) query = query.where('actor_id', '=', f.actorId);
  if (f.beforeSeq !== undefined) query = query.where('seq', '<', f.beforeSeq);
  const rows = await query.selectAll().orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute();
  return rows.map((e) => ({
    seq: Number(e.seq),
    at: e.at,
    actorId: e.actor_id,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    personId: e.person_id,
    ip: e.ip,
  }));
}
