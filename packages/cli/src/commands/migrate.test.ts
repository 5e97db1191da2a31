import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('carelevel migrate', () => {
  it('brings a SQLite database up to date, and says roles are a PostgreSQL setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-migrate-'));
    const r = runCli(['migrate', '--data-dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^database sqlite at .* is up to date\n$/);
    const roles = runCli(['migrate', '--app-role', 'carelevel_app', '--data-dir', dir]);
    expect(roles.status).toBe(2);
    expect(roles.stderr).toContain('--app-role: roles are a PostgreSQL setting');
  });
});
