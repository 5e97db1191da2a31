import { appMigrations, migrateToLatest } from '@carelevel/storage';
import { openTestDatabase, TEST_DIALECTS } from '@carelevel/storage/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from './verify-audit-log.js';

describe.each(TEST_DIALECTS)('chaining an audit log written before the chain existed, on %s', (dialect) => {
  it('chains the old rows in seq order and keeps refusing changes afterwards', async () => {
    const t = await openTestDatabase(dialect, { migrate: false });
    const { db } = t.database;
    try {
      const before = appMigrations(dialect).filter((m) => m.name < '0107');
      await migrateToLatest(db, dialect, { schema: t.location.schema, migrations: before });
      for (const action of ['create', 'read', 'update'])
        await sql`insert into audit_events (at, actor_id, action, entity_type, entity_id, person_id, ip)
          values ('2026-01-01T00:00:00.000Z', null, ${action}, 'person', 'p1', 'p1', '127.0.0.1')`.execute(db);
      await migrateToLatest(db, dialect, { schema: t.location.schema });
      const result = await verifyAuditLog(db);
      expect(result).toMatchObject({ rows: 3, broken: undefined, head: { seq: '3' } });
      await expect(sql`update audit_events set action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    } finally {
      await t.dispose();
    }
  });
});
