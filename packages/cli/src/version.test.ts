import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@carelevel/engine';
import { ROOT, runCli } from './test-support/run-cli.js';

const cliVersion = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

describe('carelevel --version', () => {
  it('prints the app version and the rules version, one a line, and exits 0', () => {
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`carelevel ${cliVersion}\nrules ${RULES_VERSION}\n`);
    }
  });

  it('is listed in the help', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/-V, --version\s+print the app version and the rules version/);
  });

  it('prints a version that has the shape of a semantic version, beside a rules version of year.month.n', () => {
    const [app, rules] = runCli(['--version']).stdout.trim().split('\n');
    expect(app).toMatch(/^carelevel \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(rules).toMatch(/^rules \d{4}\.\d{1,2}\.\d+$/);
  });
});
