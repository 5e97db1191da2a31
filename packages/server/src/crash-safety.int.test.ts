import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '@carelevel/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DIALECTS, userWithToken, type TestDatabase } from './test-support/harness.js';
import { spawnServer } from './test-support/spawn-server.js';

const WRITES = 400;
const CONCURRENCY = 32;
/** Kill once this many writes were acknowledged, so the kill lands mid-burst with more in flight. */
const KILL_AFTER = 120;

describe.each(TEST_DIALECTS)('crash safety on %s', (dialect) => {
  let t: TestDatabase;
  let token: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    token = (await userWithToken(t.database, 'navigator')).token;
    // The test's own connection stays open on PostgreSQL (the schema is dropped at the end) but
    // not on SQLite, so that only the server process has the file open when it is killed.
    if (dialect === 'sqlite') await t.database.close();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('keeps every acknowledged write after SIGKILL in the middle of a burst, and the database intact', async () => {
    const first = await spawnServer(t.location);
    const acked: { id: string; givenName: string }[] = [];
    let killed = false;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < WRITES && !killed) {
        const givenName = `Crash${next++}`;
        try {
          const res = await fetch(`${first.url}/api/v1/people`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ givenName, familyName: 'Test' }),
          });
          if (res.status === 201) acked.push({ id: ((await res.json()) as { id: string }).id, givenName });
          if (acked.length >= KILL_AFTER && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          // the connection died with the server: this write was never acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await first.exited).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER);

    if (dialect === 'sqlite') {
      const file = join(t.location.dataDir as string, SQLITE_FILE_NAME);
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }

    const second = await spawnServer(t.location);
    try {
      const missing: string[] = [];
      for (const a of acked) {
        const res = await fetch(`${second.url}/api/v1/people/${a.id}`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200 || ((await res.json()) as { givenName: string }).givenName !== a.givenName) missing.push(a.givenName);
      }
      expect(missing).toEqual([]);
      // every acknowledged create has its audit row too (same transaction)
      const audit = await fetch(`${second.url}/api/v1/people?limit=1`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await audit.json()) as { total: number }).total).toBeGreaterThanOrEqual(acked.length);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    if (dialect === 'sqlite') {
      const db = new Database(join(t.location.dataDir as string, SQLITE_FILE_NAME));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });
});
