// The query plans of the scale workload's hot queries (issue 16), on a population that
// `npm run bench:scale` made:
//
//   DATABASE_URL=postgres://… node bench/scale-plans.mjs [--verbose]
//
// Runs EXPLAIN (ANALYZE, BUFFERS) on each statement the eight operations spend their time in, written
// as the stores in packages/server write them (person-store, timeline-store, referral-store,
// summary-store, chain-append), with parameters taken from the population, and prints one line per
// statement: its plan's shape (the nodes, outermost first), the indexes it reads, and the time the
// database took. `--verbose` prints each whole plan. Changes nothing. Summarized in docs/operations.md.
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const one = async (text, params = []) => (await client.query(text, params)).rows[0];

// Parameters from the population: a person with a full record, a busy program, a cursor deep in its board.
const person = await one(`select p.id, p.family_name from people p tablesample system (1)
  where exists (select 1 from referrals r where r.person_id = p.id) limit 1`);
const program = await one(`select program_id from referrals where program_id in
  (select program_id from referrals tablesample system (1) group by program_id order by count(*) desc limit 1) limit 1`);
const deep = await one(`select updated_at, id from referrals where program_id = $1 order by updated_at desc, id offset 5000 limit 1`, [
  program.program_id,
]);
const page = (
  await client.query(
    `select id, person_id, program_id, consent_id from referrals where program_id = $1 order by updated_at desc, id limit 50`,
    [program.program_id],
  )
).rows;
const today = new Date();
const start = `${new Date(today.getTime() - 364 * 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`;
const end = `${new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`;
const pattern = `%${person.family_name.toLowerCase()}%`;
const [fromDay, toDay] = [start.slice(0, 10), today.toISOString().slice(0, 10)];
// The window's whole months and the days at its ends (as report-window.ts splits it for the wait counts).
const shiftMonth = (m, by) => {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const lastDayOf = (m) => new Date(Date.parse(`${shiftMonth(m, 1)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const waitPeriods = (() => {
  const first = fromDay.endsWith('-01') ? fromDay.slice(0, 7) : shiftMonth(fromDay.slice(0, 7), 1);
  const last = lastDayOf(toDay.slice(0, 7)) === toDay ? toDay.slice(0, 7) : shiftMonth(toDay.slice(0, 7), -1);
  const months = [];
  for (let m = first; m <= last; m = shiftMonth(m, 1)) months.push(m);
  const dayRanges = [];
  if (fromDay < `${first}-01`) dayRanges.push([fromDay, lastDayOf(shiftMonth(first, -1))]);
  if (toDay > lastDayOf(last)) dayRanges.push([`${shiftMonth(last, 1)}-01`, toDay]);
  return { months, dayRanges };
})();

const QUERIES = [
  ['person-search: count', `select count(*) as n from people where lower(given_name || ' ' || family_name) like $1 escape '\\'`, [pattern]],
  [
    'person-search: page',
    `select * from people where lower(given_name || ' ' || family_name) like $1 escape '\\' order by updated_at desc, id limit 26`,
    [pattern],
  ],
  ['person-read', `select * from people where id = $1`, [person.id]],
  [
    'timeline: assessments',
    `select id, created_at, indicated_level, rules_version, signed_at, case_json from assessments where person_id = $1 order by created_at`,
    [person.id],
  ],
  ['timeline: determinations', `select * from determinations where person_id = $1 order by decided_at, id`, [person.id]],
  ['timeline: episodes', `select * from episodes where person_id = $1 order by started_on, created_at`, [person.id]],
  ['timeline: care transitions', `select * from care_transitions where person_id = $1 order by effective_on, recorded_at`, [person.id]],
  [
    'timeline: referrals',
    `select r.id, r.program_id, p.name, r.status, r.level, r.created_at, r.updated_at from referrals r
     left join directory_programs p on p.id = r.program_id where r.person_id = $1 order by r.created_at, r.id`,
    [person.id],
  ],
  ['assessment-save: chain head', `select seq, hash from audit_events order by seq desc limit 1`, []],
  ['referral-board: count', `select count(*) as n from referrals where program_id in ($1) and program_id = $1`, [program.program_id]],
  [
    'referral-board: first page',
    `select * from referrals where program_id in ($1) and program_id = $1 order by updated_at desc, id limit 51`,
    [program.program_id],
  ],
  [
    'referral-board: page by cursor, 5,000 deep',
    `select * from referrals where program_id in ($1) and program_id = $1 and updated_at <= $2
     and (updated_at < $2 or (updated_at = $2 and id > $3)) order by updated_at desc, id limit 51`,
    [program.program_id, deep.updated_at, deep.id],
  ],
  [
    'referral-board: same page by offset 5,000',
    `select * from referrals where program_id in ($1) and program_id = $1 order by updated_at desc, id limit 51 offset 5000`,
    [program.program_id],
  ],
  [
    'referral-board: live consents',
    `select person_id, program_id from consents where person_id = any($1) and program_id = any($2) and revoked_at is null and expires_at > $3`,
    [page.map((r) => r.person_id), [...new Set(page.map((r) => r.program_id))], today.toISOString()],
  ],
  ['referral-board: consent shares', `select id, shares from consents where id = any($1)`, [page.map((r) => r.consent_id)]],
  [
    'dashboard-year: kept determination counts',
    `select chosen_level, indicated_level, variance_reason, sum(count) from determination_counts where day >= $1 and day <= $2
     group by chosen_level, indicated_level, variance_reason`,
    [fromDay, toDay],
  ],
  [
    'dashboard-year: kept referral counts',
    `select status, sum(count) from referral_counts where day >= $1 and day <= $2 group by status order by status`,
    [fromDay, toDay],
  ],
  [
    'dashboard-year: kept wait counts',
    `select milestone, hours, sum(count) from referral_wait_counts
     where period = any($1) or (period >= $2 and period <= $3 and length(period) = 10) or (period >= $4 and period <= $5 and length(period) = 10)
     group by milestone, hours`,
    [waitPeriods.months, ...waitPeriods.dayRanges.flat(), ...Array(4 - 2 * waitPeriods.dayRanges.length).fill('')],
  ],
];

const SHAPE = /^\s*(?:->\s*)?([A-Z][A-Za-z ]+?)(?: using ([\w]+))?(?: on \w+)?(?:\s+\(|$)/;
for (const [name, text, params] of QUERIES) {
  const plan = (await client.query(`explain (analyze, buffers) ${text}`, params)).rows.map((r) => r['QUERY PLAN']);
  const nodes = [];
  const indexes = new Set();
  for (const line of plan) {
    const m = SHAPE.exec(line);
    if (
      m &&
      !/^(Planning|Execution|Buffers|Sort Key|Filter|Index Cond|Recheck|Heap|Rows|Join|Hash Cond|Group Key|Sort Method|Worker|Output)/.test(
        m[1],
      )
    )
      nodes.push(m[1].trim());
    const idx = / using ([\w]+)/.exec(line) ?? /Bitmap Index Scan on ([\w]+)/.exec(line);
    if (idx && /Index/.test(line)) indexes.add(idx[1]);
  }
  const ms = /Execution Time: ([\d.]+) ms/.exec(plan.at(-1) ?? '')?.[1];
  const hits = plan.find((l) => l.trim().startsWith('Buffers:'))?.trim() ?? '';
  console.log(
    `${name.padEnd(44)} ${String(ms).padStart(9)} ms  ${nodes.slice(0, 6).join(' → ')}  [${[...indexes].join(', ') || 'no index'}]  ${hits}`,
  );
  if (args.verbose) console.log(plan.map((l) => `    ${l}`).join('\n'));
}
await client.end();
