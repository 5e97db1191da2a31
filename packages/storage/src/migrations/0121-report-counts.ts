import { sql, type Kysely, type Migration } from 'kysely';
import { TIME } from './column-types.js';

/** Referrals read per statement while counting the waits of those already there. */
const BATCH = 1000;

/**
 * The admin summary report over a year, at state scale (issue 16), from counts kept per UTC day as
 * records are written, so that a year's report reads a few thousand rows however many people there
 * are, instead of every determination and every referral history in the window:
 *
 * - `determination_counts`: how many of the determinations decided that day are still the latest on
 *   their assessment, by chosen level, indicated level and variance reason. The transaction that
 *   records a determination keeps it (a correction moves one count from the replaced determination's
 *   key to its own). An absent reason is stored as '' because a key column cannot be null on
 *   PostgreSQL.
 * - `referral_counts`: referrals sent that day, by their status now (a move takes one from the old
 *   status and gives it to the new).
 * - `referral_wait_counts`: of the referrals sent in a period, how many waited each number of hours
 *   to be acknowledged and to be admitted: whole days as they are, other waits to two significant
 *   figures (tenths under an hour), which bounds the rows of a period to a few hundred at any size.
 *   Each wait is counted under its UTC day and under its month (`period` YYYY-MM-DD or YYYY-MM), so
 *   a year's report reads twelve months of rows and the days at its ends. The report's medians and
 *   90th percentiles are read from these.
 * - Each referral keeps its first acknowledgement (`received`) and admission times on its row, so a
 *   move knows which wait it changes, and lists need not read the history.
 *
 * All are filled in here from the records already there.
 */
export const reportCounts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('determination_counts')
      .addColumn('day', 'varchar(10)', (c) => c.notNull())
      .addColumn('chosen_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('indicated_level', 'varchar(40)', (c) => c.notNull())
      .addColumn('variance_reason', 'varchar(40)', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('determination_counts_pkey', ['day', 'chosen_level', 'indicated_level', 'variance_reason'])
      .execute();
    await db.schema
      .createTable('referral_counts')
      .addColumn('day', 'varchar(10)', (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('referral_counts_pkey', ['day', 'status'])
      .execute();
    await db.schema
      .createTable('referral_wait_counts')
      .addColumn('period', 'varchar(10)', (c) => c.notNull())
      .addColumn('milestone', 'varchar(16)', (c) => c.notNull())
      .addColumn('hours', 'double precision', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('referral_wait_counts_pkey', ['period', 'milestone', 'hours'])
      .execute();
    await db.schema.alterTable('referrals').addColumn('acknowledged_at', TIME).execute();
    await db.schema.alterTable('referrals').addColumn('admitted_at', TIME).execute();

    await sql`insert into determination_counts (day, chosen_level, indicated_level, variance_reason, count)
      select substr(d.decided_at, 1, 10), d.chosen_level, d.indicated_level, coalesce(d.variance_reason, ''), count(*)
      from determinations d
      where not exists (
        select 1 from determinations later
        where later.assessment_id = d.assessment_id
          and (later.decided_at > d.decided_at or (later.decided_at = d.decided_at and later.id > d.id)))
      group by substr(d.decided_at, 1, 10), d.chosen_level, d.indicated_level, coalesce(d.variance_reason, '')`.execute(db);
    await sql`insert into referral_counts (day, status, count)
      select substr(created_at, 1, 10), status, count(*) from referrals group by substr(created_at, 1, 10), status`.execute(db);
    await sql`update referrals set
      acknowledged_at = (select min(t.at) from referral_transitions t where t.referral_id = referrals.id and t.to_status = 'received'),
      admitted_at = (select min(t.at) from referral_transitions t where t.referral_id = referrals.id and t.to_status = 'admitted')`.execute(
      db,
    );
    await countWaits(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('referrals').dropColumn('admitted_at').execute();
    await db.schema.alterTable('referrals').dropColumn('acknowledged_at').execute();
    await db.schema.dropTable('referral_wait_counts').execute();
    await db.schema.dropTable('referral_counts').execute();
    await db.schema.dropTable('determination_counts').execute();
  },
};

/*
 * The waits as the contract's referral-timing.ts measured them, and the report's rounding
 * (packages/server/src/reports/referral-counts.ts), when this migration was written. A migration
 * keeps its own copy: it must fill in the same numbers whatever later becomes of the app's.
 */
const hoursBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 36_000) / 100;
const daysToAdmission = (createdAt: string, admittedOn: string): number =>
  Math.max(0, Math.round((Date.parse(`${admittedOn}T00:00:00Z`) - Date.parse(`${createdAt.slice(0, 10)}T00:00:00Z`)) / 86_400_000));
const rounded = (hours: number): number =>
  hours % 24 === 0 ? hours : hours < 1 ? Math.round(hours * 10) / 10 : Number(hours.toPrecision(2));

interface Reached {
  id: string;
  created_at: string;
  admitted_on: string | null;
  acknowledged_at: string | null;
  admitted_at: string | null;
}

/** The waits of every referral that reached a milestone, counted per day and month in memory, then written. */
async function countWaits(db: Kysely<unknown>): Promise<void> {
  const counts = new Map<string, { period: string; milestone: string; hours: number; count: number }>();
  const add = (createdAt: string, milestone: string, hours: number) => {
    for (const period of [createdAt.slice(0, 10), createdAt.slice(0, 7)]) {
      const key = `${period} ${milestone} ${String(hours)}`;
      const found = counts.get(key);
      if (found) found.count += 1;
      else counts.set(key, { period, milestone, hours, count: 1 });
    }
  };
  let after = '';
  for (;;) {
    const rows = (
      await sql<Reached>`select id, created_at, admitted_on, acknowledged_at, admitted_at from referrals
        where id > ${after} and (acknowledged_at is not null or admitted_at is not null or admitted_on is not null)
        order by id limit ${BATCH}`.execute(db)
    ).rows;
    const last = rows.at(-1);
    if (!last) break;
    for (const r of rows) {
      if (r.acknowledged_at) add(r.created_at, 'acknowledged', rounded(hoursBetween(r.created_at, r.acknowledged_at)));
      if (r.admitted_on) add(r.created_at, 'admitted', rounded(daysToAdmission(r.created_at, r.admitted_on) * 24));
      else if (r.admitted_at) add(r.created_at, 'admitted', rounded(hoursBetween(r.created_at, r.admitted_at)));
    }
    after = last.id;
  }
  const rows = [...counts.values()];
  for (let i = 0; i < rows.length; i += BATCH)
    await sql`insert into referral_wait_counts (period, milestone, hours, count) values ${sql.join(
      rows.slice(i, i + BATCH).map((r) => sql`(${r.period}, ${r.milestone}, ${r.hours}, ${r.count})`),
    )}`.execute(db);
}
