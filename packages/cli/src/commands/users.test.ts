import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

/** These run the real, built command (npm test builds first) against a SQLite file of their own. */
const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

describe('carelevel users add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-users-'));

  it('adds a user with the password from standard input', () => {
    const r = run(['users', 'add', '--email', 'Lead@Example.test', '--role', 'admin', '--data-dir', dir], 'correct horse battery staple\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^added admin lead@example\.test \([0-9a-f-]{36}\)\n$/);
  });

  it('binds program staff to programs', () => {
    const r = run(
      ['users', 'add', '--email', 'staff@example.test', '--role', 'program-staff', '--program', 'p_1', 'p_2', '--data-dir', dir],
      'correct horse battery staple',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^added program-staff staff@example\.test/);
  });

  it('names every problem, exits 2 and adds nobody', () => {
    const r = run(['users', 'add', '--email', 'x@example.test', '--role', 'program-staff', '--data-dir', dir], 'short\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('password (standard input): must have at least 12 characters');
    expect(r.stderr).toContain('--program: program staff must be bound to at least one program');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(
      run(['users', 'add', '--email', 'lead@example.test', '--role', 'admin', '--data-dir', dir], 'correct horse battery staple').stderr,
    ).toContain('email-taken');
  });

  it('refuses an unknown role with the choices', () => {
    const r = run(['users', 'add', '--email', 'y@example.test', '--role', 'janitor', '--data-dir', dir], 'correct horse battery staple');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Allowed choices are admin, clinician, navigator, program-staff/);
  });
});
