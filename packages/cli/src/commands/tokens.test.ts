import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** These run the real, built command (npm test builds first) against a SQLite file of their own. */
const ROOT = new URL('../../../../', import.meta.url).pathname;
const BIN = join(ROOT, 'packages/cli/bin/carelevel.js');
const env = { ...process.env };
delete env.DATABASE_URL; // these commands use a SQLite file of their own

function runCli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('carelevel tokens create', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-tokens-'));

  it('prints a new token for an existing user, different each time', () => {
    expect(
      runCli(['users', 'add', '--email', 'nav@example.test', '--role', 'navigator', '--data-dir', dir], 'correct horse battery staple')
        .status,
    ).toBe(0);
    const a = runCli(['tokens', 'create', '--email', 'nav@example.test', '--data-dir', dir]);
    const b = runCli(['tokens', 'create', '--email', 'nav@example.test', '--data-dir', dir]);
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^clt_[A-Za-z0-9_-]{43}\n$/);
    expect(b.stdout).not.toBe(a.stdout);
  });

  it('names the unknown user and exits 2', () => {
    const r = runCli(['tokens', 'create', '--email', 'nobody@example.test', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--email: no user nobody@example.test');
  });
});
