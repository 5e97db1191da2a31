import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { correctProgram, programId } from '@carelevel/directory';
import { openAppDatabase } from '@carelevel/storage';
import { startFakeLocator, type FakeLocator } from '@carelevel/directory/testing';
import { SHARED_DATA } from '@carelevel/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../test-support/run-cli.js';

type Row = Record<string, unknown> & { frid: string; phone: string; name1: string };
const SAMPLE = (JSON.parse(readFileSync(join(SHARED_DATA, 'findtreatment-api-sample-2019.json'), 'utf8')) as { rows: Row[] }).rows;

/** The built command against a local server answering like the locator's export. */
describe('carelevel directory refresh, history and show', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-cli-refresh-'));
  let locator: FakeLocator;
  beforeAll(async () => {
    locator = await startFakeLocator({ rows: SAMPLE, failTimes: new Map([[2, 2]]) });
  });
  afterAll(async () => {
    await locator.close();
  });
  const refresh = (...extra: string[]) =>
    runCliAsync([
      'directory',
      'refresh',
      '--url',
      locator.url,
      '--near',
      '22902',
      '--radius',
      '25',
      '--type',
      'substance-use',
      '--page-size',
      '10',
      '--pause',
      '0',
      '--data-dir',
      dir,
      ...extra,
    ]);

  it('refreshes, retrying a page that fails twice, then finds what changed the next time', async () => {
    const first = await refresh();
    expect(first.stderr).toMatch(/page 2 did not answer \(HTTP 503\); trying again in [\d.]+ s \(try 2 of 6\)/);
    expect(first.stdout).toMatch(/3 pages, 30 programs; 30 added, 0 changed, 0 unchanged, 0 no longer listed/);
    expect(first.status).toBe(0);

    const [removed, changed] = SAMPLE as [Row, Row];
    locator.scenario = { rows: SAMPLE.filter((r) => r !== removed).map((r) => (r === changed ? { ...r, phone: '434-555-0123' } : r)) };
    const second = await refresh();
    expect(second.stdout).toMatch(/29 programs; 0 added, 1 changed, 28 unchanged, 1 no longer listed/);

    const history = await runCliAsync(['directory', 'history', '--data-dir', dir]);
    expect(history.stdout).toMatch(
      /#2 .* refresh {2}http:\/\/127\.0\.0\.1:\d+\/locator\/exportsAsJson\/v2 \[near=.*type=substance-use\]\n +0 added, 1 changed, 28 unchanged, 1 no longer listed/,
    );

    const search = await runCliAsync([
      'directory',
      'search',
      '--near',
      '22902',
      '--radius',
      '25',
      '--format',
      'json',
      '--limit',
      '200',
      '--data-dir',
      dir,
    ]);
    const found = JSON.parse(search.stdout) as { results: { id: string; name: string }[] };
    expect(found.results.some((r) => r.id === idOf(changed))).toBe(true);
    expect(found.results.some((r) => r.id === idOf(removed))).toBe(false);

    const json = await runCliAsync(['directory', 'history', '--format', 'json', '--data-dir', dir]);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);

    const show = await runCliAsync(['directory', 'show', idOf(changed), '--data-dir', dir]);
    expect(show.stdout).toContain(`phone: ${changed.phone} → 434-555-0123`);
    expect(show.stdout).toMatch(/refresh .*: added\n.*refresh .*: changed/);
  });

  it("shows a staff edit of hours and levels in the program's history, kept over the next refresh; keeps a listed program whose row is invalid", async () => {
    const [, , edited, broken] = SAMPLE as [Row, Row, Row, Row];
    const opened = await openAppDatabase({ dataDir: dir });
    const corrected = await correctProgram(
      opened.db,
      idOf(edited),
      { hours: { open24Hours: true, times: [], note: 'Intake until 8 pm' }, levels: ['early-intervention'] },
      { who: 'program', at: new Date(), confirm: true },
    );
    await opened.close();
    expect(corrected).toBe(true);
    locator.scenario = { rows: SAMPLE.map((r) => (r === broken ? { ...r, zip: 'nope' } : r)) };
    const r = await refresh('--skip-invalid');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ 0 no longer listed, 1 rows skipped, 1 still listed but skipped as invalid \(kept as they were\)\./);

    const show = await runCliAsync(['directory', 'show', idOf(edited), '--data-dir', dir]);
    expect(show.stdout).toContain('  levels early-intervention\n  hours: open 24 hours, every day (Intake until 8 pm)');
    expect(show.stdout).toMatch(/correction correction by program: changed\n(.*\n)* +hours: \(empty\) → \{"open24Hours":true/);
    expect(show.stdout).toMatch(/ +levels: \[.*\] → \["early-intervention"\]/);
    expect(show.stdout).toMatch(/levels corrected by program at .* kept until the source changes it/);
    const kept = await runCliAsync(['directory', 'show', idOf(broken), '--data-dir', dir]);
    expect(kept.stdout).toMatch(/^ {2}listed$/m);
    expect(kept.stdout).toMatch(/refresh .*: skipped$/m);
  });

  it('sweeps a state in overlapping circles, counting each program once and keeping only that state\u2019s', async () => {
    const sweepDir = mkdtempSync(join(tmpdir(), 'carelevel-cli-sweep-'));
    const elsewhere = { ...(SAMPLE[1] as Row), frid: 'e'.repeat(64), state: 'MD', zip: '21201' };
    locator.scenario = { rows: [...SAMPLE, elsewhere] };
    locator.requests.length = 0;
    const r = await runCliAsync([
      'directory',
      'refresh',
      '--url',
      locator.url,
      '--state',
      'VA',
      '--radius',
      '100',
      '--page-size',
      '50',
      '--pause',
      '0',
      '--data-dir',
      sweepDir,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const centres = new Set(locator.requests.map((q) => q.get('sAddr')));
    expect(centres.size).toBeGreaterThan(1);
    expect(r.stdout).toMatch(new RegExp(`${centres.size} pages, 30 programs; 30 added`));
    const history = await runCliAsync(['directory', 'history', '--format', 'json', '--data-dir', sweepDir]);
    expect(JSON.parse(history.stdout)).toMatchObject([{ kind: 'refresh', area: 'state=VA;radius=100;type=all', added: 30 }]);
  });

  it('says which field of the answer is wrong, and exits 2 having imported nothing', async () => {
    locator.scenario = {
      rows: SAMPLE,
      wrongBody: new Map([[1, JSON.stringify({ page: 1, totalPages: 1, recordCount: 1, rows: 'none' })]]),
    };
    const r = await refresh();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /nothing was imported; .*: the answer is not the locator's export shape: rows: must be an array of facilities/,
    );
  });

  it('names the option and the rule for bad input', async () => {
    const r = await runCliAsync(['directory', 'refresh', '--near', '22902', '--state', 'VA', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--near: give either --near or --state/);
    const bad = await runCliAsync(['directory', 'refresh', '--url', 'ftp://x', '--near', '22902', '--data-dir', dir]);
    expect(bad.stderr).toMatch(/--url: must be an http or https address/);
    const missing = await runCliAsync(['directory', 'show', 'p_nothing', '--data-dir', dir]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no program has the id "p_nothing"/);
  });
});

function idOf(row: Row): string {
  return programId(`samhsa-locator|id|${row.frid}`, 1);
}
