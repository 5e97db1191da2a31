import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

/** The real, built command against a SQLite file of its own, as an operator would run it. */
const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

describe('carelevel users: an account from start to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-lifecycle-'));
  const at = ['--data-dir', dir];

  it('adds, lists, disables, enables, changes the role of, and resets the password of an account, each audited', () => {
    expect(run(['users', 'add', '--email', 'lead@example.test', '--role', 'admin', ...at], 'correct horse battery staple').status).toBe(0);
    expect(
      run(['users', 'add', '--email', 'nurse@example.test', '--role', 'clinician', ...at], 'correct horse battery staple').status,
    ).toBe(0);
    expect(run(['tokens', 'create', '--email', 'nurse@example.test', ...at]).status).toBe(0);

    const listed = run(['users', 'list', ...at]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^nurse@example\.test\tclinician\t-\tactive\tno second factor\t0 sessions$/m);

    expect(run(['users', 'disable', '--email', 'nurse@example.test', ...at]).stdout).toBe('disabled nurse@example.test\n');
    expect(run(['users', 'list', ...at]).stdout).toMatch(/^nurse@example\.test\tclinician\t-\tdisabled \d{4}-/m);
    expect(run(['tokens', 'list', '--email', 'nurse@example.test', ...at]).stdout).toMatch(/\trevoked \d{4}-/);
    expect(run(['users', 'enable', '--email', 'nurse@example.test', ...at]).stdout).toBe('enabled nurse@example.test\n');

    const noProgram = run(['users', 'set-role', '--email', 'nurse@example.test', '--role', 'program-staff', ...at]);
    expect(noProgram.status).toBe(2);
    expect(noProgram.stderr).toContain('--program: program staff must be bound to at least one program');
    expect(run(['users', 'set-role', '--email', 'nurse@example.test', '--role', 'navigator', ...at]).stdout).toBe(
      'nurse@example.test is now navigator\n',
    );

    const short = run(['users', 'reset-password', '--email', 'nurse@example.test', ...at], 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('password (standard input): must have at least 12 characters');
    expect(run(['users', 'reset-password', '--email', 'nurse@example.test', ...at], 'a new long passphrase\n').stdout).toBe(
      'new password set for nurse@example.test\n',
    );
    expect(run(['users', 'reset-second-factor', '--email', 'nurse@example.test', ...at]).status).toBe(0);

    // Each change is in the audit log, and the log is intact.
    const verified = run(['audit', 'verify', ...at]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^audit log intact: [5-9] rows\nhead \d+:[0-9a-f]{64}\n$/);
  });

  it('names an unknown email and refuses to leave no administrator', () => {
    const unknown = run(['users', 'disable', '--email', 'nobody@example.test', ...at]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--email: no user nobody@example.test');
    const last = run(['users', 'disable', '--email', 'lead@example.test', ...at]);
    expect(last.status).toBe(2);
    expect(last.stderr).toContain('last-admin');
    expect(last.stderr).not.toMatch(/\n\s+at /);
  });
});
