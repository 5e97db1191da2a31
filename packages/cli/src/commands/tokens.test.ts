import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

/** These run the real, built command (npm test builds first) against a SQLite file of their own. */
const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

describe('carelevel tokens create', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-tokens-'));

  it('prints a new token for an existing user, different each time', () => {
    expect(
      run(['users', 'add', '--email', 'nav@example.test', '--role', 'navigator', '--data-dir', dir], 'correct horse battery staple').status,
    ).toBe(0);
    const a = run(['tokens', 'create', '--email', 'nav@example.test', '--data-dir', dir]);
    const b = run(['tokens', 'create', '--email', 'nav@example.test', '--data-dir', dir]);
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^clt_[A-Za-z0-9_-]{43}\n$/);
    expect(b.stdout).not.toBe(a.stdout);
  });

  it('names the unknown user and exits 2', () => {
    const r = run(['tokens', 'create', '--email', 'nobody@example.test', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--email: no user nobody@example.test');
  });
});
