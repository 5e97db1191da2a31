// The audit chain under concurrent audited reads: appends per second when each caller commits its own
// transaction (the baseline, as before group commit) against callers joining shared transactions
// (appendAudit outside a transaction), measured in the same run on the same database.
//
//   DATABASE_URL=postgres://… node bench/audit-append.mjs [--callers 16] [--seconds 5]
//   (without DATABASE_URL: SQLite in a temporary folder)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { callers: { type: 'string', default: '16' }, seconds: { type: 'string', default: '5' } } });
const CALLERS = Number(args.callers);
const SECONDS = Number(args.seconds);

const { openAppDatabase } = await import(join(ROOT, 'packages/storage/dist/index.js'));
const { appendAudit } = await import(join(ROOT, 'packages/server/dist/audit/audit-store.js'));

const dataDir = mkdtempSync(join(tmpdir(), 'carelevel-audit-bench-'));
const database = await openAppDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir });
const db = database.db;
const entries = [
  { action: 'read', entityType: 'person', entityId: 'bench-person', personId: null },
  { action: 'read', entityType: 'timeline', entityId: 'bench-person', personId: null },
];
const by = { actorId: null, ip: 'bench' };

const ways = {
  'one transaction each': () => db.transaction().execute((tx) => appendAudit(tx, entries, by)),
  'group commit': () => appendAudit(db, entries, by),
};

async function run(name) {
  const latencies = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await ways[name]();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { name, perSecond: Math.round(latencies.length / SECONDS), p50Ms: Number(at(0.5)), p95Ms: Number(at(0.95)) };
}

// Warm up, then the baseline and the change, twice each in turn so drift on a busy machine shows.
await run('one transaction each');
const results = [];
for (let round = 0; round < 2; round++) for (const name of Object.keys(ways)) results.push(await run(name));
console.log(`${CALLERS} concurrent callers, ${SECONDS} s each, ${database.dialect}`);
console.log('way                      audited reads/s   p50 ms   p95 ms');
for (const r of results)
  console.log(`${r.name.padEnd(24)} ${String(r.perSecond).padStart(15)} ${String(r.p50Ms).padStart(8)} ${String(r.p95Ms).padStart(8)}`);
const mean = (name) => results.filter((r) => r.name === name).reduce((s, r) => s + r.perSecond, 0) / 2;
console.log(JSON.stringify({ callers: CALLERS, ratio: Number((mean('group commit') / mean('one transaction each')).toFixed(2)), results }));
await database.close();
rmSync(dataDir, { recursive: true, force: true });
