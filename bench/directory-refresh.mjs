// Directory refresh benchmark: 100,000 programs refreshed from a local server that answers like the
// national locator's JSON export (exportsAsJson/v2, 500 rows a page), into a fresh SQLite file, in
// a child process so its peak memory (maxRSS) is the refresh's own. Then the same refresh again,
// where every program is already there (the update path: compare, history, no longer listed).
// Rows are the shared API sample's 30 facilities (their real service lists) repeated with new ids,
// names and places from the fictional generator. Bars (the import benchmark's): < 20 s, < 400 MB.
// Run after `npm run build`: `node bench/directory-refresh.mjs`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';

const DIRECTORY = '../packages/directory/dist/index.js';
const STORAGE = '../packages/storage/dist/index.js';
const PROGRAMS = 100_000;
const PAGE_SIZE = 500;

if (process.argv[2] === '--child') {
  // The measured part: open, migrate, refresh (fetch every page, then import), close — as
  // `carelevel directory refresh` does.
  const [url, dataDir] = process.argv.slice(3);
  const { refreshDirectory, circleArea } = await import(DIRECTORY);
  const { openAppDatabase } = await import(STORAGE);
  const start = performance.now();
  const opened = await openAppDatabase({ dataDir });
  const summary = await refreshDirectory(opened.db, {
    url,
    area: circleArea({ lat: 39.5, lon: -98.35 }, 3000),
    pageSize: PAGE_SIZE,
    pauseMs: 0,
    policy: { attempts: 3, backoffMs: 250, timeoutMs: 60_000 },
    workDir: join(dataDir, 'refresh'),
  });
  await opened.close();
  const seconds = (performance.now() - start) / 1000;
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      maxRssMB: usage.maxRSS / 1024,
      pages: summary.pages,
      added: summary.added,
      changed: summary.changed,
      unchanged: summary.unchanged,
      noLongerListed: summary.noLongerListed,
    }),
  );
} else {
  const shared = new URL('../../shared/data/findtreatment-api-sample-2019.json', import.meta.url).pathname;
  const sample = JSON.parse(readFileSync(shared, 'utf8')).rows;
  const { generateSampleDirectory, zipTable } = await import(DIRECTORY);
  const places = generateSampleDirectory({ seed: 7, count: PROGRAMS, asOf: new Date('2026-03-01T00:00:00Z'), zips: zipTable() });
  // One row a program, made when its page is asked for (the server's memory is not the refresh's).
  const row = (i) => {
    const base = sample[i % sample.length];
    const p = places[i];
    return {
      ...base,
      _irow: i + 1,
      frid: createHash('sha256').update(`bench-${i}`).digest('hex'),
      name1: `${base.name1} (fictional ${i + 1})`,
      street1: p.address.street1,
      city: p.address.city,
      state: p.address.state,
      zip: p.address.zip,
      latitude: String(p.coordinates?.lat ?? ''),
      longitude: String(p.coordinates?.lon ?? ''),
    };
  };
  const totalPages = Math.ceil(PROGRAMS / PAGE_SIZE);
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const page = Number(q.get('page'));
    const rows = [];
    for (let i = (page - 1) * PAGE_SIZE; i < Math.min(page * PAGE_SIZE, PROGRAMS); i++) rows.push(row(i));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ page, totalPages, recordCount: PROGRAMS, rows }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/locator/exportsAsJson/v2`;
  const dir = mkdtempSync(join(os.tmpdir(), 'carelevel-refresh-bench-'));
  const child = () =>
    new Promise((resolve, reject) => {
      // Spawned, not run synchronously, so this process keeps answering pages while the child refreshes.
      const extra = process.env.BENCH_CHILD_NODE_ARGS ? process.env.BENCH_CHILD_NODE_ARGS.split(' ') : []; // e.g. --cpu-prof
      const c = spawn(process.execPath, [...extra, new URL(import.meta.url).pathname, '--child', url, join(dir, 'data')], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`refresh child exited ${code}`))));
    });
  const first = await child();
  const second = await child();
  server.close();
  rmSync(dir, { recursive: true, force: true });
  const shape = (r) => ({
    seconds: +r.seconds.toFixed(2),
    cpuSeconds: +r.cpuSeconds.toFixed(2),
    programsPerSecond: Math.round(PROGRAMS / r.seconds),
    peakRssMB: Math.round(r.maxRssMB),
    pages: r.pages,
    added: r.added,
    changed: r.changed,
    unchanged: r.unchanged,
    noLongerListed: r.noLongerListed,
  });
  const result = {
    programs: PROGRAMS,
    pageSize: PAGE_SIZE,
    first: shape(first),
    again: shape(second),
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  };
  console.log(JSON.stringify(result, null, 2));
  const ok = (r) => r.seconds < 20 && r.peakRssMB < 400;
  const pass = ok(result.first) && ok(result.again) && first.added === PROGRAMS && second.unchanged === PROGRAMS;
  console.log(pass ? 'directory refresh bars met: 100,000 programs in < 20 s, peak memory < 400 MB' : 'directory refresh bars NOT met');
  process.exitCode = pass ? 0 : 1;
}
