import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('binds program staff to programs in the directory, and names an id that is not there', () => {
    const csv = join(dir, 'two.csv');
    writeFileSync(
      csv,
      'id,name,city,state,zip,scope,latitude,longitude\nx1,A — Fictional,Dover,DE,19901,substance-use,39.1,-75.5\nx2,B — Fictional,Dover,DE,19901,substance-use,39.2,-75.5\n',
    );
    expect(run(['directory', 'import', csv, '--data-dir', dir]).status).toBe(0);
    const found = JSON.parse(run(['directory', 'search', '--near', '19901', '--format', 'json', '--data-dir', dir]).stdout) as {
      results: { id: string }[];
    };
    const ids = found.results.map((p) => p.id);
    expect(ids).toHaveLength(2);
    const r = run(
      ['users', 'add', '--email', 'staff@example.test', '--role', 'program-staff', '--program', ...ids, '--data-dir', dir],
      'correct horse battery staple',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^added program-staff staff@example\.test/);
    const typo = run(
      ['users', 'add', '--email', 'staff2@example.test', '--role', 'program-staff', '--program', ids[0]!, 'p_typo', '--data-dir', dir],
      'correct horse battery staple',
    );
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--program p_typo: is not a program in the directory');
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
