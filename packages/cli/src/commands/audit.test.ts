import { openDatabase } from '@carelevel/storage';
import { sql } from 'kysely';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('carelevel audit verify', () => {
  it('says the log is intact and prints its head; names the row someone changed; catches removed newest rows with an anchor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-audit-'));
    const at = ['--data-dir', dir];
    for (const who of ['a', 'b', 'c'])
      runCli(['users', 'add', '--email', `${who}@example.test`, '--role', 'admin', ...at], { input: 'correct horse battery staple' });
    for (const who of ['b', 'c']) runCli(['users', 'disable', '--email', `${who}@example.test`, ...at]);
    const intact = runCli(['audit', 'verify', ...at]);
    expect(intact.status).toBe(0);
    const head = /^head (\d+:[0-9a-f]{64})$/m.exec(intact.stdout)?.[1];
    expect(head).toBeDefined();

    // Someone with the file in hand lifts the guard and rewrites who did something.
    const opened = await openDatabase({ dataDir: dir });
    await sql`drop trigger audit_events_no_update`.execute(opened.db);
    await sql`update audit_events set ip = '203.0.113.9' where seq = 1`.execute(opened.db);
    const changed = runCli(['audit', 'verify', ...at]);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('row 1 was changed');
    await sql`update audit_events set ip = 'cli' where seq = 1`.execute(opened.db);

    await sql`drop trigger audit_events_no_delete`.execute(opened.db);
    await sql`delete from audit_events where seq = (select max(seq) from audit_events)`.execute(opened.db);
    await opened.close();
    expect(runCli(['audit', 'verify', ...at]).status).toBe(0);
    const anchored = runCli(['audit', 'verify', '--anchor', head ?? '', ...at]);
    expect(anchored.status).toBe(1);
    expect(anchored.stderr).toMatch(/the newest rows were removed/);
    expect(runCli(['audit', 'verify', '--anchor', 'yesterday', ...at]).stderr).toContain('must be SEQ:HASH');
  });
});
