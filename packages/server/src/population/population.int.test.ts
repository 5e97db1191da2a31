import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { devCase } from '../test-support/cases.js';
import {
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { recountReportCounts } from '../reports/report-recount.js';
import { addPopulationBatch, type PopulationBatch } from './population.js';

describe.each(TEST_DIALECTS)('the scale population on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let batch: (seed: number) => PopulationBatch;
  let clinicianToken: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    const programs = (await t.database.db.selectFrom('directory_programs').select('id').orderBy('id').limit(6).execute()).map((r) => r.id);
    const clinician = await userWithToken(t.database, 'clinician');
    clinicianToken = clinician.token;
    const staff = await userWithToken(t.database, 'program-staff', [programs[0] as string]);
    const admin = await userWithToken(t.database, 'admin');
    batch = (seed) => ({
      seed,
      people: 30,
      cases: [devCase(), devCase('02-residential-relapsed-after-iop-using-partner')],
      busyPrograms: programs.slice(0, 2),
      programs,
      clinician,
      staffByProgram: new Map([[programs[0] as string, staff.id]]),
      mover: admin.id,
      asOf: new Date(),
      spanDays: 400,
    });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('writes people with their records and an audit row for each, in one chain that verifies', async () => {
    const made = await Promise.all([addPopulationBatch(t.database.db, batch(1)), addPopulationBatch(t.database.db, batch(2))]);
    expect(made.flatMap((m) => m.people)).toHaveLength(60);
    const count = async (table: 'people' | 'assessments' | 'referrals' | 'audit_events') =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('people')).toBe(60);
    expect(await count('assessments')).toBeGreaterThanOrEqual(120);
    expect(await count('referrals')).toBeGreaterThan(0);
    expect(await count('audit_events')).toBeGreaterThan(await count('assessments'));
    const verified = await verifyAuditLog(t.database.db);
    expect(verified.broken).toBeUndefined();
    expect(verified.rows).toBe(await count('audit_events'));
  });

  it('makes the same names from the same seed', async () => {
    const a = await addPopulationBatch(t.database.db, batch(3));
    const names = await t.database.db
      .selectFrom('people')
      .select('family_name')
      .where(
        'id',
        'in',
        a.people.map((p) => p.id),
      )
      .execute();
    expect(names.map((n) => n.family_name).sort()).toEqual(a.people.map((p) => p.familyName).sort());
    // Seeded ids: the same seed again collides with what it made.
    await expect(addPopulationBatch(t.database.db, batch(3))).rejects.toThrow();
  });

  it('makes records the API reads back: a person, their timeline, their assessments', async () => {
    const [first] = (await addPopulationBatch(t.database.db, batch(4))).people;
    const call = asToken(s.app, clinicianToken);
    expect((await call({ method: 'GET', url: `/api/v1/people/${first?.id ?? ''}` })).statusCode).toBe(200);
    expect((await call({ method: 'GET', url: `/api/v1/people/${first?.id ?? ''}/timeline` })).statusCode).toBe(200);
    const assessments = await call({ method: 'GET', url: `/api/v1/people/${first?.id ?? ''}/assessments` });
    expect(assessments.statusCode).toBe(200);
    expect(assessments.json<{ assessments: unknown[] }>().assessments.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the report counts and the milestones on each referral as the app would', async () => {
    const db = t.database.db;
    expect(await db.selectFrom('referrals').select('id').where('admitted_at', 'is not', null).executeTakeFirst()).toBeDefined();
    // A recount of every record from the histories finds nothing different from what the batches kept.
    expect(await recountReportCounts(db)).toEqual({
      determinationCounts: 0,
      referralCounts: 0,
      referralWaitCounts: 0,
      referralMilestones: 0,
    });
  });
});
