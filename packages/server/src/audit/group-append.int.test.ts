import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/harness.js';
import { appendAudit } from './audit-store.js';
import { verifyAuditLog } from './verify-audit-log.js';

describe.each(TEST_DIALECTS)('audited reads committed together (group commit) on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.dispose());

  const rows = () => t.database.db.selectFrom('audit_events').select(['seq', 'actor_id', 'entity_id', 'ip']).orderBy('seq').execute();

  it('commits each caller’s rows before it answers, keeps them together and in one gapless, verifiable chain', async () => {
    const before = (await rows()).length;
    const callers = Array.from({ length: 60 }, (_, i) => i);
    await Promise.all(
      callers.map(async (i) => {
        await appendAudit(
          t.database.db,
          [
            { action: 'read', entityType: 'person', entityId: `p${i}`, personId: null },
            { action: 'read', entityType: 'assessment', entityId: `p${i}-a`, personId: null },
          ],
          { actorId: null, ip: `10.0.0.${i}` },
        );
        // Committed by the time the caller goes on: another connection would see it.
        const mine = await t.database.db.selectFrom('audit_events').select('seq').where('ip', '=', `10.0.0.${i}`).execute();
        expect(mine).toHaveLength(2);
      }),
    );
    const all = (await rows()).slice(before);
    expect(all).toHaveLength(120);
    // A caller's two rows are next to each other, with its own address on both.
    for (let k = 0; k < all.length; k += 2) {
      expect(all[k]?.ip).toBe(all[k + 1]?.ip);
      expect(all[k + 1]?.entity_id).toBe(`${all[k]?.entity_id}-a`);
    }
    expect(new Set(all.map((r) => r.ip)).size).toBe(60);
    const verified = await verifyAuditLog(t.database.db);
    expect(verified.broken).toBeUndefined();
    expect(verified.head?.seq).toBe(String(verified.rows));
  });

  it('fails only the caller whose rows cannot be written, not the others in its group', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        appendAudit(
          t.database.db,
          // A row the table refuses (no entity id), sent among good ones.
          [{ action: 'read', entityType: 'person', entityId: i === 4 ? (null as unknown as string) : `q${i}` }],
          { actorId: null, ip: `10.1.0.${i}` },
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    expect((await verifyAuditLog(t.database.db)).broken).toBeUndefined();
  });
});
