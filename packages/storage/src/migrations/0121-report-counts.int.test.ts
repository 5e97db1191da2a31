import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.js';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/test-database.js';
import { appMigrations } from './app-migrations.js';

const T0 = '2026-03-03T08:00:00.000Z';

describe.each(TEST_DIALECTS)('the report counts (0121) on a database with records, on %s', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
  });

  it('counts the latest determination of each assessment and the referrals by day, status and wait, and gives each referral its milestones', async () => {
    t = await openTestDatabase(dialect, { migrate: false });
    const { db } = t.database;
    const all = appMigrations(dialect);
    const before = all.slice(
      0,
      all.findIndex((m) => m.name === '0121-report-counts'),
    );
    await migrateToLatest(db, dialect, { schema: t.location.schema, migrations: before });
    await sql`insert into people (id, given_name, family_name, version, created_by, created_at, updated_at)
      values ('p1', 'A', 'B', 1, 'u1', ${T0}, ${T0})`.execute(db);
    for (const a of ['a1', 'a2', 'a3'])
      await sql`insert into assessments (id, person_id, revision, case_json, recommendation_json, rules_version, indicated_level, created_by, created_at)
        values (${a}, 'p1', 1, '{}', '{}', 'r1', 'intensive-outpatient', 'u1', ${T0})`.execute(db);
    const decide = (id: string, assessment: string, chosen: string, reason: string | null, at: string) =>
      sql`insert into determinations (id, assessment_id, person_id, indicated_level, chosen_level, variance_reason, decided_by, decided_at)
        values (${id}, ${assessment}, 'p1', 'intensive-outpatient', ${chosen}, ${reason}, 'u1', ${at})`.execute(db);
    // a1 corrected the next day: only the correction counts, on its own day.
    await decide('d1', 'a1', 'outpatient', 'payer-denied', '2026-03-03T10:00:00.000Z');
    await decide('d2', 'a1', 'intensive-outpatient', null, '2026-03-04T10:00:00.000Z');
    await decide('d3', 'a2', 'outpatient', 'payer-denied', '2026-03-03T11:00:00.000Z');
    await decide('d4', 'a3', 'outpatient', 'payer-denied', '2026-03-03T23:59:59.999Z');
    await sql`insert into consents (id, person_id, program_id, purpose, shares, expires_at, created_by, created_at)
      values ('c1', 'p1', 'prog', 'referral', '[]', '2027-01-01T00:00:00.000Z', 'u1', ${T0})`.execute(db);
    const refer = (id: string, status: string, admittedOn: string | null) =>
      sql`insert into referrals (id, group_id, person_id, program_id, consent_id, status, version, created_by, created_at, updated_at, admitted_on)
        values (${id}, ${id}, 'p1', 'prog', 'c1', ${status}, 1, 'u1', ${T0}, ${T0}, ${admittedOn})`.execute(db);
    const move = (id: string, referral: string, to: string, at: string) =>
      sql`insert into referral_transitions (id, referral_id, to_status, by_user, at) values (${id}, ${referral}, ${to}, 'u1', ${at})`.execute(
        db,
      );
    await refer('r1', 'admitted', '2026-03-05');
    await move('t1', 'r1', 'requested', T0);
    await move('t2', 'r1', 'received', '2026-03-03T12:30:00.000Z');
    // A second acknowledgement (back from a hold) is not the first.
    await move('t3', 'r1', 'received', '2026-03-04T09:00:00.000Z');
    await move('t4', 'r1', 'admitted', '2026-03-06T09:00:00.000Z');
    await refer('r2', 'requested', null);
    await move('t5', 'r2', 'requested', T0);
    // Admitted before the admission day was recorded: measured to the move.
    await refer('r3', 'admitted', null);
    await move('t6', 'r3', 'admitted', '2026-03-04T08:00:00.000Z');
    // 27.34 hours and 0.26 hours, counted as 27 and 0.3.
    await refer('r4', 'received', null);
    await move('t7', 'r4', 'received', '2026-03-04T11:20:24.000Z');
    await refer('r5', 'received', null);
    await move('t8', 'r5', 'received', '2026-03-03T08:15:36.000Z');

    expect(await migrateToLatest(db, dialect, { schema: t.location.schema })).toContain('0121-report-counts');

    const counts = await sql<Record<string, unknown>>`select day, chosen_level, indicated_level, variance_reason, count
      from determination_counts order by day, chosen_level`.execute(db);
    expect(counts.rows.map((r) => ({ ...r, count: Number(r.count) }))).toEqual([
      { day: '2026-03-03', chosen_level: 'outpatient', indicated_level: 'intensive-outpatient', variance_reason: 'payer-denied', count: 2 },
      { day: '2026-03-04', chosen_level: 'intensive-outpatient', indicated_level: 'intensive-outpatient', variance_reason: '', count: 1 },
    ]);
    const referrals = await sql<Record<string, unknown>>`select id, acknowledged_at, admitted_at from referrals order by id`.execute(db);
    expect(referrals.rows).toEqual([
      // The first acknowledgement, not the second.
      { id: 'r1', acknowledged_at: '2026-03-03T12:30:00.000Z', admitted_at: '2026-03-06T09:00:00.000Z' },
      { id: 'r2', acknowledged_at: null, admitted_at: null },
      { id: 'r3', acknowledged_at: null, admitted_at: '2026-03-04T08:00:00.000Z' },
      { id: 'r4', acknowledged_at: '2026-03-04T11:20:24.000Z', admitted_at: null },
      { id: 'r5', acknowledged_at: '2026-03-03T08:15:36.000Z', admitted_at: null },
    ]);
    const statuses = await sql<Record<string, unknown>>`select day, status, count from referral_counts order by status`.execute(db);
    expect(statuses.rows).toEqual([
      { day: '2026-03-03', status: 'admitted', count: 2 },
      { day: '2026-03-03', status: 'received', count: 2 },
      { day: '2026-03-03', status: 'requested', count: 1 },
    ]);
    const waits = await sql<Record<string, unknown>>`select period, milestone, hours, count from referral_wait_counts
      order by period, milestone, hours`.execute(db);
    const each = (period: string) => [
      { period, milestone: 'acknowledged', hours: 0.3, count: 1 },
      { period, milestone: 'acknowledged', hours: 4.5, count: 1 },
      { period, milestone: 'acknowledged', hours: 27, count: 1 },
      // Measured to the move where no admission day was recorded (24 hours), else whole days to it (2 days).
      { period, milestone: 'admitted', hours: 24, count: 1 },
      { period, milestone: 'admitted', hours: 48, count: 1 },
    ];
    // Under the month and under the day.
    expect(waits.rows.map((r) => ({ ...r, hours: Number(r.hours) }))).toEqual([...each('2026-03'), ...each('2026-03-03')]);
  });
});
