import { migrateToLatest, openDatabase } from '@carelevel/directory';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverMigrations } from '../storage/migrations.js';
import type { ServerTables } from '../storage/tables.js';
import { verifyAuditLog } from './verify-audit-log.js';

describe('chaining an audit log written before the chain existed', () => {
  it('chains the old rows in seq order and keeps refusing changes afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-chain-'));
    const opened = await openDatabase<ServerTables>({ dataDir: dir });
    try {
      const all = serverMigrations('sqlite');
      const before = all.filter((m) => m.name < '0107');
      await migrateToLatest(opened.db, before);
      for (const action of ['create', 'read', 'update'])
        await sql`insert into audit_events (at, actor_id, action, entity_type, entity_id, person_id, ip)
          values ('2026-01-01T00:00:00.000Z', null, ${action}, 'person', 'p1', 'p1', '127.0.0.1')`.execute(opened.db);
      await migrateToLatest(opened.db, all);
      const result = await verifyAuditLog(opened.db);
      expect(result).toMatchObject({ rows: 3, broken: undefined, head: { seq: '3' } });
      await expect(sql`update audit_events set action = 'x'`.execute(opened.db)).rejects.toThrow(/append-only/);
    } finally {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
