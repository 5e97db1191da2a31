// Scale: a state-wide deployment on PostgreSQL, measured (issue 16).
//
//   DATABASE_URL=postgres://… npm run bench:scale -- --people 10000 [--seconds 30] [--workers 16] [--seed 7]
//                                                    [--generate-only | --reuse | --grow] [--writers 3] [--batch 250]
//                                                    [--without dashboard-year,…]
//
// 1. Generates a fictional population through the app's own storage code (`addPopulationBatch` in
//    packages/server/src/population: the engine evaluates every case, consents, referral moves and
//    plans are checked by the rules the API applies, and every audit row is linked into the one hash
//    chain), a batch of people per transaction, `--writers` batches at once: N people, on average 5
//    assessments each (cases from the shared vignettes with instruments varied), determinations,
//    signatures, referrals through their states with consents, aftercare plans; and a directory of
//    30,000 programs. Seeded, so runs compare. `--generate-only` stops after it; `--reuse` skips it
//    and runs the workload on the population already in the database; `--grow` adds the batches a
//    population of N has beyond those already there (the same batches, by seed, as a fresh run of N).
//    `--without` leaves operations out of the workload (to see what one operation costs the others).
// 2. Starts two app instances on the same PostgreSQL and runs a mixed workload against both
//    (round-robin) for a fixed time: person search, person read, timeline, assessment save, referral
//    board, inbox move with If-Match, program search, the admin dashboard over a year.
// 3. Reports p50/p95/p99 and throughput per operation, the database size and the slowest statements
//    (pg_stat_statements where installed), and prints one JSON line last.
//
// Bars and recorded runs: bench/RESULTS.md. Timing is never a pass/fail test.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '30' },
    workers: { type: 'string', default: '16' },
    seed: { type: 'string', default: '7' },
    programs: { type: 'string', default: '30000' },
    writers: { type: 'string', default: '3' },
    batch: { type: 'string', default: '250' },
    'generate-only': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    grow: { type: 'boolean', default: false },
    without: { type: 'string', default: '' },
  },
});
const REUSE = args.reuse;
const GROW = args.grow;
const PEOPLE = Number(args.people);
const SECONDS = Number(args.seconds);
const WORKERS = Number(args.workers);
const PROGRAMS = Number(args.programs);
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL || !DATABASE_URL.startsWith('postgres')) {
  console.error('bench:scale needs DATABASE_URL pointing at a PostgreSQL database it may fill (it is emptied first)');
  process.exit(2);
}
if (!(PEOPLE >= 10) || !(SECONDS >= 5)) {
  console.error('--people must be at least 10 and --seconds at least 5');
  process.exit(2);
}
if (REUSE && (args['generate-only'] || GROW)) {
  console.error('--reuse excludes --generate-only and --grow');
  process.exit(2);
}

const { openAppDatabase } = await import(join(ROOT, 'packages/storage/dist/index.js'));
const { addPopulationBatch, createUser, createApiToken, findUserByEmail } = await import(join(ROOT, 'packages/server/dist/index.js'));
const { generateSampleDirectory, seededRandom, storePrograms, zipTable } = await import(join(ROOT, 'packages/directory/dist/index.js'));

// Seeded (the sample directory's own generator), so two runs make the same population.
const rand = seededRandom(Number(args.seed));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// --- 1. An empty database (unless reused), the directory, the accounts ---------------------------
const started = Date.now();
if (!REUSE && !GROW) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: DATABASE_URL });
  await client.connect();
  // As a new database has it: everyone may use public (an extension there, for one).
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; GRANT USAGE ON SCHEMA public TO PUBLIC');
  await client.end();
}
const database = await openAppDatabase({ url: DATABASE_URL });
// The same seeded directory either way, so a reused population finds its programs.
const programs = generateSampleDirectory({ seed: Number(args.seed), count: PROGRAMS, asOf: new Date(), zips: zipTable() });
if (!REUSE && !GROW) await storePrograms(database.db, programs, `scale bench directory (fictional, ${PROGRAMS})`);
const PASSWORD = 'scale bench password 1';
const account = async (email, role, programIds) =>
  (REUSE || GROW ? await findUserByEmail(database.db, email) : undefined) ??
  (await createUser(database.db, { email, password: PASSWORD, role, programs: programIds }));
const admin = await account('admin@scale.test', 'admin', []);
const clinician = await account('clinician@scale.test', 'clinician', []);
// A handful of busy programs receive most referrals, as real ones do; their staff work the inbox.
const busy = programs.filter((p) => p.care.levels.includes('intensive-outpatient')).slice(0, 20);
const staffTokens = [];
const staffByProgram = new Map();
for (const [i, p] of busy.entries()) {
  const staff = await account(`intake${i}@scale.test`, 'program-staff', [p.id]);
  staffByProgram.set(p.id, staff.id);
  staffTokens.push({ programId: p.id, token: (await createApiToken(database.db, staff.id, 'scale bench')).token });
}
const adminToken = (await createApiToken(database.db, admin.id, 'scale bench')).token;
const clinicianToken = (await createApiToken(database.db, clinician.id, 'scale bench')).token;

// --- 2. The population, by the storage code's rules, a batch per transaction ------------------------
const casesDir = join(ROOT, '../shared/cases/dev');
const CASES = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')).case);
const varied = (c) => ({
  ...c,
  instruments: { ...(c.instruments ?? {}), phq9: Array.from({ length: 9 }, () => int(0, 3)), auditC: [int(0, 4), int(0, 4), int(0, 4)] },
});
/** The people the workload looks up (a seeded sample when the population is large) and referrals still open. */
const SAMPLE = 20_000;
let people = [];
let openReferrals = [];
let generatedSeconds = 0;
let generatedPeople = 0;
if (REUSE) {
  people = (
    await sql`select id, family_name from people tablesample system (${Math.min(100, (100 * SAMPLE * 4) / PEOPLE)}) repeatable (${Number(args.seed)}) limit ${SAMPLE}`.execute(
      database.db,
    )
  ).rows.map((r) => ({ id: r.id, familyName: r.family_name }));
  openReferrals = (
    await sql`select id, program_id, version from referrals where status = 'requested' and program_id in (${sql.join(busy.map((p) => p.id))}) limit 20000`.execute(
      database.db,
    )
  ).rows.map((r) => ({ id: r.id, programId: r.program_id, version: r.version }));
} else {
  const BATCH = Number(args.batch);
  const batches = Math.ceil(PEOPLE / BATCH);
  const asOf = new Date();
  const programIds = programs.map((p) => p.id);
  const busyIds = busy.map((p) => p.id);
  const already = GROW ? Number((await sql`select count(*) as n from people`.execute(database.db)).rows[0].n) : 0;
  if (already % BATCH !== 0) throw new Error(`--grow needs the people already there (${already}) to be whole batches of ${BATCH}`);
  let next = already / BATCH;
  let made = already;
  let rows = 0;
  process.stderr.write(`generating ${PEOPLE} people, ${batches} batches of ${BATCH}, ${args.writers} at once…\n`);
  const genStarted = Date.now();
  await Promise.all(
    Array.from({ length: Number(args.writers) }, async () => {
      while (next < batches) {
        const b = next++;
        const out = await addPopulationBatch(database.db, {
          seed: Number(args.seed) * 1_000_003 + b,
          people: Math.min(BATCH, PEOPLE - b * BATCH),
          cases: CASES,
          busyPrograms: busyIds,
          programs: programIds,
          clinician: { id: clinician.id, email: 'clinician@scale.test' },
          staffByProgram,
          mover: admin.id,
          asOf,
          spanDays: 730,
        });
        rows += out.rows;
        // A seeded sample for the workload: every k-th batch's people, enough to spread over the whole.
        if (people.length < SAMPLE) people.push(...out.people.slice(0, Math.max(1, Math.ceil((SAMPLE * BATCH) / PEOPLE))));
        if (openReferrals.length < 20_000) openReferrals.push(...out.openReferrals.filter((r) => staffByProgram.has(r.programId)));
        made += out.people.length;
        if (b % 40 === 0) {
          const s = (Date.now() - genStarted) / 1000;
          process.stderr.write(
            `  ${made}/${PEOPLE} people, ${rows} rows, ${s.toFixed(0)} s, ${((made - already) / s).toFixed(0)} people/s\n`,
          );
        }
      }
    }),
  );
  generatedSeconds = (Date.now() - genStarted) / 1000;
  generatedPeople = PEOPLE - already;
  process.stderr.write(
    `generated ${PEOPLE - already} people (${rows} rows) in ${generatedSeconds.toFixed(0)} s: ${((PEOPLE - already) / generatedSeconds).toFixed(0)} people/s\n`,
  );
  // As autovacuum leaves a table that has settled: statistics, and visibility maps for index-only scans.
  await sql`vacuum analyze`.execute(database.db);
}
await database.close();
if (args['generate-only']) {
  console.log(
    JSON.stringify({ people: PEOPLE, generatedPeople, generatedSeconds, peoplePerSecond: Math.round(generatedPeople / generatedSeconds) }),
  );
  process.exit(0);
}

// --- 3. Two instances ----------------------------------------------------------------------------
async function startInstance() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'packages/cli/bin/carelevel.js'), 'serve', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('serving on') && resolve());
    child.on('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
const instances = [await startInstance(), await startInstance()];
let turn = 0;
const base = () => instances[turn++ % instances.length].url;

async function call(token, method, path, body, headers = {}) {
  const res = await fetch(base() + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body: text ? JSON.parse(text) : null };
}

// --- 4. The mixed workload ------------------------------------------------------------------------
// Per-statement figures for this workload alone, where pg_stat_statements is preloaded.
{
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
  } catch {
    /* not preloaded: the report says so */
  }
  await client.end();
}
const today = new Date();
const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
const day = (d) => d.toISOString().slice(0, 10);
const zips = programs.slice(0, 500).map((p) => p.address.zip);
const OPERATIONS = {
  // What a clinician types to find someone: their family name (about 1 in 13,000 people share one).
  'person-search': [20, () => call(clinicianToken, 'POST', '/api/v1/people/search', { query: pick(people).familyName, limit: 25 })],
  'person-read': [20, () => call(clinicianToken, 'GET', `/api/v1/people/${pick(people).id}`)],
  timeline: [15, () => call(clinicianToken, 'GET', `/api/v1/people/${pick(people).id}/timeline`)],
  'assessment-save': [
    10,
    () => call(clinicianToken, 'POST', `/api/v1/people/${pick(people).id}/assessments`, { case: varied(pick(CASES)) }),
  ],
  'referral-board': [
    10,
    () => {
      const s = pick(staffTokens);
      return call(s.token, 'GET', `/api/v1/referrals?programId=${encodeURIComponent(s.programId)}&limit=50`);
    },
  ],
  'inbox-move': [
    5,
    async () => {
      const r = openReferrals.pop();
      if (!r) return { status: 204 };
      const s = staffTokens.find((x) => x.programId === r.programId);
      const token = s ? s.token : adminToken;
      return call(token, 'PATCH', `/api/v1/referrals/${r.id}`, { status: 'received' }, { 'if-match': `"${r.version ?? 1}"` });
    },
  ],
  'program-search': [
    18,
    () =>
      fetch(`${base()}/api/v1/programs?near=${pick(zips)}&radiusMiles=25&levels=intensive-outpatient`).then(async (r) => ({
        status: r.status,
        body: await r.text(),
      })),
  ],
  'dashboard-year': [2, () => call(adminToken, 'GET', `/api/v1/reports/summary?from=${day(yearAgo)}&to=${day(today)}`)],
};
for (const left of args.without.split(',').filter(Boolean)) {
  if (!(left in OPERATIONS)) throw new Error(`--without: no operation ${left}`);
  delete OPERATIONS[left];
}
const names = Object.keys(OPERATIONS);
const weights = names.map((n) => OPERATIONS[n][0]);
const totalWeight = weights.reduce((a, b) => a + b, 0);
const chooseOperation = () => {
  let x = rand() * totalWeight;
  for (const [i, w] of weights.entries()) if ((x -= w) < 0) return names[i];
  return names[0];
};
const timings = Object.fromEntries(names.map((n) => [n, []]));
const failures = Object.fromEntries(names.map((n) => [n, 0]));
process.stderr.write(`workload: ${SECONDS} s, ${WORKERS} workers, 2 instances\n`);
const until = Date.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: WORKERS }, async () => {
    while (Date.now() < until) {
      const op = chooseOperation();
      const t0 = performance.now();
      const res = await OPERATIONS[op][1]();
      const ms = performance.now() - t0;
      if (res.status === 204) continue;
      if (res.status >= 400) failures[op]++;
      else timings[op].push(ms);
    }
  }),
);

// --- 5. Report --------------------------------------------------------------------------------------
const pct = (xs, p) => (xs.length === 0 ? null : xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]);
const operations = {};
for (const n of names) {
  const xs = timings[n].sort((a, b) => a - b);
  const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
  operations[n] = {
    p50Ms: round(pct(xs, 50)),
    p95Ms: round(pct(xs, 95)),
    p99Ms: round(pct(xs, 99)),
    perSecond: Math.round((xs.length / SECONDS) * 10) / 10,
    failures: failures[n],
  };
}
const pg = await import('pg');
const client = new pg.default.Client({ connectionString: DATABASE_URL });
await client.connect();
const size = (await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows[0].size;
const counts = (
  await client.query(
    'SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM assessments) AS assessments, (SELECT count(*) FROM referrals) AS referrals, (SELECT count(*) FROM audit_events) AS audit_events',
  )
).rows[0];
let slowest = 'pg_stat_statements is not installed: no per-statement figures';
try {
  const rows = (
    await client.query(
      'SELECT round(mean_exec_time::numeric, 2) AS mean_ms, calls, left(query, 120) AS query FROM pg_stat_statements ORDER BY mean_exec_time * calls DESC LIMIT 8',
    )
  ).rows;
  slowest = rows.map((r) => `${r.mean_ms} ms × ${r.calls}  ${r.query.replace(/\s+/g, ' ')}`).join('\n');
} catch {
  /* the extension is optional */
}
await client.end();
for (const i of instances) i.child.kill('SIGTERM');

console.log(
  `generated ${PEOPLE} people (${counts.assessments} assessments, ${counts.referrals} referrals, ${counts.audit_events} audit events) and ${PROGRAMS} programs in ${generatedSeconds.toFixed(0)} s; database ${size}`,
);
console.log(
  `workload ${SECONDS} s, ${WORKERS} workers; load average at the end ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);
console.log('operation        p50 ms   p95 ms   p99 ms   per s   failures');
for (const [n, o] of Object.entries(operations))
  console.log(
    `${n.padEnd(16)} ${String(o.p50Ms).padStart(6)}   ${String(o.p95Ms).padStart(6)}   ${String(o.p99Ms).padStart(6)}   ${String(o.perSecond).padStart(5)}   ${o.failures}`,
  );
console.log(`slowest statements:\n${slowest}`);
console.log(
  JSON.stringify({
    people: PEOPLE,
    operations: Object.fromEntries(
      Object.entries(operations).map(([n, o]) => [n, { p50Ms: o.p50Ms, p95Ms: o.p95Ms, p99Ms: o.p99Ms, perSecond: o.perSecond }]),
    ),
  }),
);
