import { openDatabase } from '@carelevel/storage';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('carelevel reports recount', () => {
  it('says the kept counts were right, and rebuilds and names the ones changed by hand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-reports-'));
    const at = ['--data-dir', dir];
    const first = runCli(['reports', 'recount', ...at]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('report counts recounted: every kept count was right\n');

    const opened = await openDatabase({ dataDir: dir });
    await opened.db.insertInto('referral_counts').values({ day: '2026-03-03', status: 'requested', count: 2 }).execute();
    await opened.close();
    const repaired = runCli(['reports', 'recount', ...at]);
    expect(repaired.status).toBe(0);
    expect(repaired.stdout).toContain('referral counts: 1 key differed, now rebuilt');
    expect(repaired.stdout).toContain('determination counts: right');
    expect(runCli(['reports', 'recount', ...at]).stdout).toBe('report counts recounted: every kept count was right\n');
  });
});
