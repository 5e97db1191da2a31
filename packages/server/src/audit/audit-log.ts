import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { now } from '../storage/ids.js';
import type { ServerTables } from '../storage/tables.js';

export type AuditAction =
  'read' | 'list' | 'create' | 'update' | 'sign' | 'revoke' | 'transition' | 'login' | 'login-failed' | 'logout' | 'setup' | 'denied';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string;
  readonly personId?: string | null;
}

type Db = Kysely<ServerTables>;

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
  if (entries.length === 0) return;
  const at = now();
  await db
    .insertInto('audit_events')
    .values(
      entries.map((e) => ({
        at,
        actor_id: actorId,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId,
        person_id: e.personId ?? null,
        ip: req.ip,
      })),
    )
    .execute();
}
