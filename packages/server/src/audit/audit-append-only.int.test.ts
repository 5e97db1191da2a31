import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from './audit-store.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/harness.js';

describe.each(TEST_DIALECTS)('audit log on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    await appendAudit(t.database.db, [{ action: 'read', entityType: 'person', entityId: 'x' }], { actorId: null, ip: '127.0.0.1' });
  });
  afterAll(() => t.dispose());

  it('accepts new rows', async () => {
    const rows = await t.database.db.selectFrom('audit_events').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses an UPDATE, even written as raw SQL', async () => {
    await expect(sql`update audit_events set action = 'forged'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(t.database.db.updateTable('audit_events').set({ ip: '10.0.0.1' }).execute()).rejects.toThrow(/append-only/);
    const row = await t.database.db.selectFrom('audit_events').selectAll().executeTakeFirstOrThrow();
    expect(row.action).toBe('read');
  });

  it('refuses a DELETE', async () => {
    await expect(sql`delete from audit_events`.execute(t.database.db)).rejects.toThrow(/append-only/);
    expect(await t.database.db.selectFrom('audit_events').selectAll().execute()).toHaveLength(1);
  });

  it.runIf(dialect === 'postgres')('refuses a TRUNCATE on PostgreSQL', async () => {
    await expect(sql`truncate audit_events`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });
});
