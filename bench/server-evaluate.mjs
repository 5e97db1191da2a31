// API speed: requests/s of POST /api/v1/evaluate (a realistic case in, its recommendation out) against
// the honest ceiling, node:http running the same engine call with no framework, measured with
// autocannon on loopback in the same run; a bare node:http server answering a constant is shown too.
// Bar (bench/RESULTS.md): the Fastify route reaches ≥ 50% of the reference's requests/s. Runs the built dist.
//
// Each server runs in its own process, pinned to core 1 with taskset when there are two or more
// cores, and this process (autocannon) is pinned to core 0, so the load generator never takes turns
// with the server on its core; rounds alternate bare/app to share any noise.
// Besides requests/s, each server reports the CPU time it spent, so the CPU cost of one request can
// be compared too: that ratio holds up better than requests/s when other work shares the machine.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROOT = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();

/** CPU the server process spends between the parent's "start counting" (SIGUSR2) and SIGTERM. */
function reportCpuOnExit(close) {
  let base = process.cpuUsage();
  process.on('SIGUSR2', () => {
    base = process.cpuUsage();
  });
  process.on('SIGTERM', () => {
    const used = process.cpuUsage(base);
    process.stdout.write(`CPU ${used.user + used.system}\n`, () => void close().then(() => process.exit(0)));
  });
}

async function serve(kind) {
  if (kind === 'bare') {
    const { createServer } = await import('node:http');
    const body = JSON.stringify({ ok: true });
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
    });
    server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
    reportCpuOnExit(() => new Promise((resolve) => server.close(resolve)));
    return;
  }
  if (kind === 'engine-only') {
    // The reference the bar is measured against: node:http + the engine, no framework, no headers, no logs.
    const { createServer } = await import('node:http');
    const { assess } = await import(join(ROOT, 'packages/engine/dist/index.js'));
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const out = JSON.stringify(assess(JSON.parse(text), { locale: 'en' }).recommendation);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
      });
    });
    server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
    reportCpuOnExit(() => new Promise((resolve) => server.close(resolve)));
    return;
  }
  const { buildApp } = await import(join(ROOT, 'packages/server/dist/index.js'));
  const { openAppDatabase } = await import(join(ROOT, 'packages/storage/dist/index.js'));
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-bench-'));
  const database = await openAppDatabase({ dataDir: dir });
  // Production logging (one access line a request at "info"), read and dropped by the parent.
  const app = await buildApp({ database, logLevel: LOG_LEVEL });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`LISTENING ${app.server.address().port}\n`);
  reportCpuOnExit(() =>
    app
      .close()
      .then(() => database.close())
      .then(() => rmSync(dir, { recursive: true, force: true })),
  );
}

function start(kind) {
  const pin = cpus().length >= 2 && spawnSync('taskset', ['--version']).status === 0;
  const args = [new URL(import.meta.url).pathname, '--serve', kind];
  const child = pin
    ? spawn('taskset', ['-c', '1', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const cpu = new Promise((resolve) => {
    child.stdout.on('data', (c) => {
      // keep only the tail: log lines stream through here
      out = (out + c.toString()).slice(-4096);
      const m = /CPU (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
  });
  return new Promise((resolve, reject) => {
    const wait = setInterval(() => {
      const m = /LISTENING (\d+)/.exec(out);
      if (m) {
        clearInterval(wait);
        resolve({ child, port: Number(m[1]), pinned: pin, cpu });
      }
    }, 20);
    child.on('exit', (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
}

async function measure(kind, body) {
  const { child, port, pinned, cpu } = await start(kind);
  const opts = {
    url: `http://127.0.0.1:${port}/api/v1/evaluate`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
  };
  await autocannon({ ...opts, duration: 2 }); // warm-up (JIT, caches)
  child.kill('SIGUSR2');
  const r = await autocannon({ ...opts, duration: DURATION });
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  const cpuMicros = await cpu;
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${kind}: ${r.non2xx} non-2xx and ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, pinned, cpuPerRequest: cpuMicros / r.requests.total };
}

async function main() {
  // All of this process's threads (-a) to core 0, away from the servers on core 1.
  if (cpus().length >= 2) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  const c = JSON.parse(readFileSync(join(ROOT, '../shared/cases/dev/02-residential-relapsed-after-iop-using-partner.json'), 'utf8')).case;
  const body = JSON.stringify(c);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(
    `case: ${body.length} bytes; ${CONNECTIONS} connections; ${DURATION} s a round; ${ROUNDS} rounds; log level ${LOG_LEVEL}; load average before: ${load()}`,
  );
  const ratios = [];
  const bareRatios = [];
  const cpuRatios = [];
  for (let i = 1; i <= ROUNDS; i++) {
    const bare = await measure('bare', body);
    const app = await measure('app', body);
    const ref = await measure('engine-only', body);
    ratios.push(app.rps / ref.rps);
    bareRatios.push(app.rps / bare.rps);
    cpuRatios.push(ref.cpuPerRequest / app.cpuPerRequest);
    console.log(
      `round ${i}: bare ${Math.round(bare.rps)} req/s (p99 ${bare.p99} ms, ${bare.cpuPerRequest.toFixed(0)} µs CPU/req) | ` +
        `API evaluate ${Math.round(app.rps)} req/s (p99 ${app.p99} ms, ${app.cpuPerRequest.toFixed(0)} µs CPU/req) | ` +
        `reference: node:http + engine ${Math.round(ref.rps)} req/s (${ref.cpuPerRequest.toFixed(0)} µs CPU/req) | ` +
        `API/reference ${(ratios.at(-1) * 100).toFixed(1)}% (CPU cost ${(cpuRatios.at(-1) * 100).toFixed(1)}%) | API/bare ${(bareRatios.at(-1) * 100).toFixed(1)}%${app.pinned ? ' | servers on core 1, autocannon on core 0' : ''}`,
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = median(ratios);
  console.log(
    `median API/reference req/s ${(m * 100).toFixed(1)}% (bar: ≥ 50%) → ${m >= 0.5 ? 'met' : 'NOT met'}; median CPU-cost ratio ${(median(cpuRatios) * 100).toFixed(1)}%; median API/bare ${(median(bareRatios) * 100).toFixed(1)}%; load average after: ${load()}`,
  );
  process.exitCode = m >= 0.5 ? 0 : 1;
}
