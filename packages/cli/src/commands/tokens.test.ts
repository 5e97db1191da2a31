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

describe('carelevel tokens list and revoke', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-tokens-'));

  it('lists a token by id and label, revokes it, and shows it revoked', () => {
    run(['users', 'add', '--email', 'ops@example.test', '--role', 'admin', '--data-dir', dir], 'correct horse battery staple');
    const token = run(['tokens', 'create', '--email', 'ops@example.test', '--label', 'backup job', '--data-dir', dir]).stdout.trim();
    const listed = run(['tokens', 'list', '--email', 'ops@example.test', '--data-dir', dir]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).not.toContain(token);
    const [id, label, , state] = listed.stdout.trim().split('\t');
    expect([label, state]).toEqual(['backup job', 'live']);
    const revoked = run(['tokens', 'revoke', '--id', id!, '--data-dir', dir]);
    expect(revoked).toMatchObject({ status: 0, stdout: `revoked ${id}\n` });
    expect(run(['tokens', 'list', '--email', 'ops@example.test', '--data-dir', dir]).stdout).toMatch(/\trevoked \d{4}-/);
  });

  it('names the unknown token id and exits 2', () => {
    const r = run(['tokens', 'revoke', '--id', 'no-such-token', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--id: no live token no-such-token');
  });
});
