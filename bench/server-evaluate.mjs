// API speed: requests/s of POST /api/v1/evaluate (a realistic case in, its recommendation out) against
// a bare node:http server answering a constant, measured with autocannon on loopback in the same run.
// Bar (architecture.md): the API reaches ≥ 40% of the bare server's requests/s. Runs the built dist.
//
// Each server runs in its own process (pinned to core 1 with taskset when there are two or more
// cores; autocannon stays on this process's core), rounds alternate bare/app to share any noise.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();

async function serve(kind) {
  if (kind === 'bare') {
    const { createServer } = await import('node:http');
    const body = JSON.stringify({ ok: true });
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
    });
    server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
    return;
  }
  const { buildApp, openServerDatabase } = await import(join(ROOT, 'packages/server/dist/index.js'));
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-bench-'));
  const database = await openServerDatabase({ dataDir: dir });
  // Production logging (two lines a request at "info"), written to /dev/null by the parent.
  const app = await buildApp({ database, logLevel: LOG_LEVEL });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${app.server.address().port}\n`);
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => database.close())
        .then(() => rmSync(dir, { recursive: true, force: true }))
        .then(() => process.exit(0)),
  );
}

function start(kind) {
  const pin = cpus().length >= 2 && spawnSync('taskset', ['--version']).status === 0;
  const args = [new URL(import.meta.url).pathname, '--serve', kind];
  const child = pin
    ? spawn('taskset', ['-c', '1', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume(); // discard log lines
        resolve({ child, port: Number(m[1]), pinned: pin });
      }
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
}

async function measure(kind, body) {
  const { child, port, pinned } = await start(kind);
  const opts = {
    url: `http://127.0.0.1:${port}/api/v1/evaluate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
  };
  await autocannon({ ...opts, duration: 2 }); // warm-up (JIT, caches)
  const r = await autocannon({ ...opts, duration: DURATION });
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${kind}: ${r.non2xx} non-2xx and ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, pinned };
}

async function main() {
  const c = JSON.parse(readFileSync(join(ROOT, '../shared/cases/dev/02-residential-relapsed-after-iop-using-partner.json'), 'utf8')).case;
  const body = JSON.stringify(c);
  const load = (await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  console.log(
    `case: ${body.length} bytes; ${CONNECTIONS} connections; ${DURATION} s a round; ${ROUNDS} rounds; log level ${LOG_LEVEL}; load average before: ${load}`,
  );
  const ratios = [];
  for (let i = 1; i <= ROUNDS; i++) {
    const bare = await measure('bare', body);
    const app = await measure('app', body);
    const ratio = app.rps / bare.rps;
    ratios.push(ratio);
    console.log(
      `round ${i}: bare ${Math.round(bare.rps)} req/s (p99 ${bare.p99} ms) | API evaluate ${Math.round(app.rps)} req/s (p99 ${app.p99} ms) | ratio ${(ratio * 100).toFixed(1)}%${app.pinned ? ' | servers pinned to core 1' : ''}`,
    );
  }
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
  console.log(`median ratio ${(median * 100).toFixed(1)}% (bar: ≥ 40%) → ${median >= 0.4 ? 'met' : 'NOT met'}`);
  process.exitCode = median >= 0.4 ? 0 : 1;
}
