import { SHARED_DATA } from '@carelevel/engine/testing';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

/** These run the real, built command (npm test builds first) against a real SQLite file. */
const DATA = SHARED_DATA;

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

const fresh = (): string => mkdtempSync(join(tmpdir(), 'carelevel-cli-dir-'));

interface JsonResult {
  id: string;
  name: string;
  city: string;
  state: string;
  zip: string;
  distanceMiles: number;
  levels: string[];
  fits: { code: string }[];
  misfits: { code: string }[];
}

describe('carelevel directory', () => {
  const dir = fresh();
  it('imports a locator file and finds its programs near a ZIP, as JSON with the documented fields', () => {
    const imp = run(['directory', 'import', join(DATA, 'findtreatment-ca-residential-2025.csv'), '--data-dir', dir]);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toMatch(
      /Imported 478 programs .* \(format locator-readable-csv\); 0 rows skipped\.\n478 added, 0 changed, 0 unchanged/,
    );
    const r = run([
      'directory',
      'search',
      '--near',
      '94103',
      '--radius',
      '5',
      '--level',
      'residential-low',
      '--payment',
      'medicaid,medicare',
      '--format',
      'json',
      '--data-dir',
      dir,
    ]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { total: number; results: JsonResult[]; helpline: string };
    expect(doc.total).toBeGreaterThan(0);
    const first = doc.results[0] as JsonResult;
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['id', 'name', 'city', 'state', 'zip', 'distanceMiles', 'levels', 'fits', 'misfits']),
    );
    expect(first.state).toBe('CA');
    expect(first.levels).toContain('residential-low');
    expect(first.fits.map((f) => f.code)).toContain('offers-level');
    expect(doc.results.every((x) => x.distanceMiles <= 5)).toBe(true);
  });

  it('reads the same data directory from CARELEVEL_DATA_DIR and writes text in Spanish', () => {
    const r = run(['directory', 'search', '--near', '37.7673672,-122.4213751', '--radius', '1', '--lang', 'es'], {
      CARELEVEL_DATA_DIR: dir,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/programas encontrados a menos de 1 millas de 37\.7673672,-122\.4213751/);
    expect(r.stdout).toContain('Friendship House');
    expect(r.stdout).toContain('Fuente: SAMHSA');
  });

  it('updates rather than duplicates on a second import of the same file', () => {
    const again = run(['directory', 'import', join(DATA, 'findtreatment-ca-residential-2025.csv'), '--data-dir', dir]);
    expect(again.status).toBe(0);
    const r = run(['directory', 'search', '--near', '94103', '--radius', '3000', '--limit', '1', '--format', 'json', '--data-dir', dir]);
    expect((JSON.parse(r.stdout) as { total: number }).total).toBe(478);
  });

  it('asks which place when a name matches several, exiting 2', () => {
    const r = run(['directory', 'search', '--near', 'Springfield', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--near: "Springfield" matches \d+ places; add the state, one of: .*Springfield, IL/);
  });

  it('rejects bad options naming the option and rule, with exit 2 and no stack trace', () => {
    for (const [args, message] of [
      [['--radius', '-3'], /--radius: must be a number from 0\.1 to 3000, got "-3"/],
      [['--limit', '2.5'], /--limit: must be a whole number from 1 to 200/],
      [['--level', 'detox'], /--level: "detox" is not one of recovery-support/],
      [['--sort', 'stars'], /option '--sort <order>' argument 'stars' is invalid/],
      [['--near', '999'], /--near: must be a 5-digit ZIP code/],
    ] as const) {
      const r = run(['directory', 'search', '--near', '94103', ...args, '--data-dir', dir]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a malformed file, lists the problems, and changes nothing', () => {
    const d = fresh();
    const bad = join(d, 'bad.csv');
    writeFileSync(
      bad,
      'id,name,city,state,zip,scope,latitude,longitude\nx1,A — Fictional,Dover,DE,19901,substance-use,39.1,-75.5\nx2,B — Fictional,Dover,DE,19901,substance-use,139.1,-75.5\n',
    );
    const r = run(['directory', 'import', bad, '--data-dir', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nothing was imported; 1 problem');
    expect(r.stderr).toContain('bad.csv:3:47: latitude: must be a number from -90 to 90, got "139.1"');
    const s = run(['directory', 'search', '--near', '19901', '--format', 'json', '--data-dir', d]);
    // nothing landed, so the search falls back to the fictional sample and says so
    expect(s.stderr).toContain('fictional sample directory');
    expect((JSON.parse(s.stdout) as { results: JsonResult[] }).results.every((x) => x.name.endsWith('— Fictional'))).toBe(true);
  });

  it('with --skip-invalid imports the valid rows and writes a report of the skipped ones', () => {
    const d = fresh();
    const mixed = join(d, 'mixed.csv');
    writeFileSync(
      mixed,
      'id,name,city,state,zip,scope\nx1,A — Fictional,Dover,DE,19901,substance-use\nx2,B — Fictional,Dover,DE,1990x,substance-use\n',
    );
    const r = run(['directory', 'import', mixed, '--skip-invalid', '--data-dir', d]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Imported 1 programs');
    const reports = readdirSync(join(d, 'import-reports'));
    expect(reports).toHaveLength(1);
    const report = readFileSync(join(d, 'import-reports', reports[0] as string), 'utf8');
    expect(report).toContain('file,line,column,field,message');
    expect(report).toMatch(/mixed\.csv,3,\d+,zip,"must be a 5-digit ZIP code/);
  });

  it('names a missing file with exit 2', () => {
    const r = run(['directory', 'import', join(dir, 'nope.csv'), '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.csv: no such file/);
    expect(existsSync(join(dir, 'carelevel.sqlite'))).toBe(true);
  });
});
