import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asToken, openTestDatabase, startTestApp, TEST_DIALECTS, userWithToken, type TestDatabase } from '../test-support/harness.js';
import { verifyAuditLog } from './verify-audit-log.js';

// The audit log's rows are chained by hashes; someone who can bypass the append-only triggers (the
// database owner, or whoever edits the SQLite file) can still change a row, but not quietly.
describe.each(TEST_DIALECTS)('the audit hash chain on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const s = await startTestApp(t);
    const api = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    // Parallel requests: appends must still form one chain.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: `B${i}` } }),
      ),
    );
    await api({ method: 'GET', url: '/api/v1/people' });
    await s.close();
  });
  afterAll(() => t.dispose());

  /** As the owner would: lift the guard, do it, put the guard back. */
  async function tamper(statement: string): Promise<void> {
    const db = t.database.db;
    if (dialect === 'postgres') {
      await sql.raw('alter table audit_events disable trigger user').execute(db);
      await sql.raw(statement).execute(db);
      await sql.raw('alter table audit_events enable trigger user').execute(db);
    } else {
      await sql.raw('drop trigger audit_events_no_update').execute(db);
      await sql.raw('drop trigger audit_events_no_delete').execute(db);
      await sql.raw(statement).execute(db);
      await sql`create trigger audit_events_no_update before update on audit_events begin select raise(abort, 'audit_events is append-only'); end`.execute(
        db,
      );
      await sql`create trigger audit_events_no_delete before delete on audit_events begin select raise(abort, 'audit_events is append-only'); end`.execute(
        db,
      );
    }
  }

  it('verifies an untouched log and gives its head', async () => {
    const result = await verifyAuditLog(t.database.db);
    expect(result.broken).toBeUndefined();
    expect(result.rows).toBeGreaterThanOrEqual(24);
    expect(result.head?.seq).toBe(String(result.rows));
  });

  it('names the first row that was changed, the first that was removed, and the newest rows removed after an anchor', async () => {
    const { head } = await verifyAuditLog(t.database.db);
    await tamper(`update audit_events set ip = '203.0.113.66' where seq = 5`);
    expect((await verifyAuditLog(t.database.db)).broken).toMatchObject({ kind: 'changed', seq: '5' });
    await tamper(`update audit_events set ip = (select ip from audit_events where seq = 4) where seq = 5`);
    expect((await verifyAuditLog(t.database.db)).broken).toBeUndefined();

    await tamper('delete from audit_events where seq = 7');
    const removed = await verifyAuditLog(t.database.db);
    expect(removed.broken).toMatchObject({ kind: 'removed', seq: '7' });
    expect(removed.broken?.message).toMatch(/row 7 was removed/);

    // Removing the newest rows leaves a chain intact in itself; the head kept from before shows it.
    await tamper(`delete from audit_events where seq >= ${Number(head?.seq) - 1}`);
    await tamper('delete from audit_events where seq >= 7');
    expect((await verifyAuditLog(t.database.db)).broken).toBeUndefined();
    expect((await verifyAuditLog(t.database.db, head)).broken).toMatchObject({ kind: 'removed', seq: head?.seq });
  });
});
