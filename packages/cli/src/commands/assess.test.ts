import { DEV_CASES } from '@carelevel/engine/testing';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRecommendation } from '@carelevel/engine';
import { BIN, ROOT, runCli } from '../test-support/run-cli.js';

/** These run the real, built command (npm test builds first), the way a user would. */
const CASES = DEV_CASES;
const tmp = mkdtempSync(join(tmpdir(), 'carelevel-assess-'));

const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

function vignetteCase(name: string): string {
  const file = join(tmp, `${name}.json`);
  const v = JSON.parse(readFileSync(join(CASES, `${name}.json`), 'utf8')) as { case: unknown };
  writeFileSync(file, JSON.stringify(v.case));
  return file;
}

describe('carelevel assess', () => {
  it('prints exactly one valid carelevel-recommendation/1 document with --format json', () => {
    const r = run(['assess', vignetteCase('01-iop-stable-home-working'), '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { level: string };
    expect(validateRecommendation(doc)).toEqual([]);
    expect(doc.level).toBe('intensive-outpatient');
  });

  it('works through npx from the repository root', () => {
    const out = execFileSync('npx', ['--no-install', 'carelevel', 'assess', vignetteCase('04-imminent-suicide-risk'), '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as { crisis: { kind: string } }).crisis.kind).toBe('suicide-risk');
  });

  it('reads standard input for -, and writes a readable text report by default', () => {
    const text = readFileSync(vignetteCase('11-daily-benzodiazepines-taper'), 'utf8');
    const r = run(['assess', '-'], text);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Recommended level: Residential with 24-hour medical care [residential-medical]');
    expect(r.stdout).toContain('What would change this');
    expect(r.stdout).toContain('does not replace');
  });

  it('writes reasons in Spanish with --lang es', () => {
    const r = run(['assess', vignetteCase('09-homeless-severe-stimulant'), '--lang', 'es']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nivel recomendado: Tratamiento residencial');
    expect(r.stdout).toContain('No tiene dónde vivir.');
  });

  it('exits 2 and prints every field error for an invalid case', () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'carelevel-case/1',
        ageYears: 300,
        instruments: { phq9: [0, 1, 2, 3, 7, 0, 0, 0, 0] },
        environment: { support: 'x' },
      }),
    );
    const r = run(['assess', file, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 errors');
    expect(r.stderr).toContain('ageYears: must be an integer 0..120, got 300');
    expect(r.stderr).toContain('instruments.phq9[4]: must be an integer 0..3, got 7');
    expect(r.stderr).toContain('environment.support: must be one of');
  });

  it('exits 2 with a plain message, not a stack trace, for broken JSON and missing files', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"format": "carelevel-case/1", ');
    const broken = run(['assess', file]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const missing = run(['assess', join(tmp, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
  });

  it('assesses NDJSON with --batch: one recommendation a line, errors on the line they belong to, exit 2 if any were invalid', () => {
    const lines = readdirSync(CASES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.stringify((JSON.parse(readFileSync(join(CASES, f), 'utf8')) as { case: unknown }).case));
    const good = join(tmp, 'good.ndjson');
    writeFileSync(good, `${lines.join('\n')}\n\n`);
    const ok = run(['assess', '--batch', good]);
    expect(ok.status).toBe(0);
    const out = ok.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(out).toHaveLength(lines.length);
    for (const doc of out) expect(validateRecommendation(doc)).toEqual([]);

    const mixed = join(tmp, 'mixed.ndjson');
    writeFileSync(mixed, [lines[0], '{"format":"carelevel-case/1","ageYears":-1}', 'not json', lines[1]].join('\n'));
    const bad = run(['assess', '--batch', mixed]);
    expect(bad.status).toBe(2);
    const docs = bad.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { format: string; line?: number; errors?: { path: string }[] });
    expect(docs.map((d) => d.format)).toEqual([
      'carelevel-recommendation/1',
      'carelevel-errors/1',
      'carelevel-errors/1',
      'carelevel-recommendation/1',
    ]);
    expect(docs[1]).toMatchObject({ line: 2, errors: [{ path: ['ageYears'] }] });
    expect(docs[2]?.line).toBe(3);
    expect(bad.stderr).toContain('2 of 4 cases were invalid');
  });

  it('reads --batch from standard input too', () => {
    const line = JSON.stringify({
      format: 'carelevel-case/1',
      substances: [{ name: 'alcohol', daysUsedLast30: 8, disorderSeverity: 'none' }],
    });
    const r = run(['assess', '--batch', '-'], `${line}\n${line}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('rejects unknown options and bad choices with a usage error', () => {
    const r = run(['assess', 'x.json', '--format', 'yaml']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--format/);
  });
});

describe('carelevel assess --batch on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('draws a progress bar on standard error when it is a terminal (run under script(1))', () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify({ format: 'carelevel-case/1', id: `c${i}`, substances: [{ name: 'alcohol', daysUsedLast30: i % 31 }] }),
    );
    const file = join(tmp, 'many.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const out = join(tmp, 'many.out');
    const log = join(tmp, 'typescript.log');
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} assess --batch ${file} > ${out}`, log], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const screen = readFileSync(log, 'utf8');
    expect(screen).toContain('assessing |');
    expect(screen).toContain('100% | 1200 cases');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1200);
  });

  it('draws no progress bar when standard error is not a terminal', () => {
    const r = run(['assess', '--batch', '-'], `${JSON.stringify({ format: 'carelevel-case/1' })}\n`);
    expect(r.stderr).toBe('');
  });
});
