import type { ProgramReport, ProgramReportList, ProgramSearchAnswer } from '@carelevel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asToken,
  errorPaths,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

type Api = ReturnType<typeof asToken>;

describe.each(TEST_DIALECTS)('reporting a problem with a listing, on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let admin: Api;
  let adminId: string;
  let programs: { id: string; name: string; phone: string }[];
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t, { programReportsPerHour: 10_000 });
    const a = await userWithToken(t.database, 'admin');
    admin = asToken(s.app, a.token);
    adminId = a.id;
    programs = await t.database.db.selectFrom('directory_programs').select(['id', 'name', 'phone']).orderBy('id').limit(3).execute();
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });
  const report = (programId: string, payload: unknown) =>
    s.app.inject({ method: 'POST', url: `/api/v1/programs/${programId}/reports`, payload: payload as object });
  const auditCount = async (): Promise<number> =>
    Number(
      (
        await t.database.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const queue = async (status = 'open'): Promise<ProgramReportList> =>
    (await admin({ method: 'GET', url: `/api/v1/program-reports?status=${status}` })).json();
  const resolve = (id: string, payload: unknown) =>
    admin({ method: 'POST', url: `/api/v1/program-reports/${id}/resolve`, payload: payload as object });

  it('takes a report from anyone and keeps nothing about who sent it', async () => {
    const before = await auditCount();
    const res = await report(programs[0]?.id ?? '', { problem: 'wrong-phone', note: 'The number rings a pharmacy.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open' });
    expect(await auditCount()).toBe(before);
    const row = await t.database.db
      .selectFrom('program_reports')
      .selectAll()
      .where('id', '=', res.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual([
      'created_at',
      'id',
      'note',
      'problem',
      'program_id',
      'resolution_note',
      'resolved_at',
      'resolved_by',
      'status',
    ]);
    const open = await queue();
    expect(open.reports.find((r) => r.id === row.id)).toMatchObject({
      programName: programs[0]?.name,
      problem: 'wrong-phone',
      note: 'The number rings a pharmacy.',
    });
  });

  it('names the field and the rule for a bad report, and 404 for a program it does not know', async () => {
    expect(errorPaths(await report(programs[0]?.id ?? '', { problem: 'rude' }))).toEqual(['body.problem']);
    expect(errorPaths(await report(programs[0]?.id ?? '', { problem: 'other', note: 'x'.repeat(501) }))).toEqual(['body.note']);
    expect((await report('p_nothing', { problem: 'closed' })).statusCode).toBe(404);
  });

  it('limits reports per address', async () => {
    const limited = await startTestApp(t, { programReportsPerHour: 2 });
    try {
      const send = () =>
        limited.app.inject({ method: 'POST', url: `/api/v1/programs/${programs[0]?.id ?? ''}/reports`, payload: { problem: 'closed' } });
      expect((await send()).statusCode).toBe(201);
      expect((await send()).statusCode).toBe(201);
      const third = await send();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'too-many-attempts' });
    } finally {
      await limited.close();
    }
  });

  it('fixes the listing from a report, keeps it in the program\u2019s history, and audits the resolution', async () => {
    const target = programs[1] as { id: string; phone: string };
    const id = (await report(target.id, { problem: 'wrong-phone' })).json<{ id: string }>().id;
    const before = await auditCount();
    const res = await resolve(id, { action: 'fix', correction: { phone: '302-555-0142' }, note: 'Called; new number.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProgramReport>()).toMatchObject({ status: 'fixed', resolvedBy: adminId, resolutionNote: 'Called; new number.' });
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${target.id}` })).json()).toMatchObject({ phone: '302-555-0142' });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type', 'entity_id', 'actor_id'])
      .where('seq', '>', before)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'resolve', entity_type: 'program-report', entity_id: id, actor_id: adminId },
      { action: 'update', entity_type: 'program', entity_id: target.id, actor_id: adminId },
    ]);
    expect((await queue('fixed')).reports.map((r) => r.id)).toContain(id);
    expect((await queue()).reports.map((r) => r.id)).not.toContain(id);
    const again = await resolve(id, { action: 'dismiss' });
    expect(again.statusCode).toBe(400);
    expect(errorPaths(again)).toEqual(['params.id']);
    expect(errorPaths(await resolve(id, { action: 'fix', correction: { phone: 'call us' } }))).toEqual(['body.correction.phone']);
  });

  it('marks a program closed: out of the search, still there for the records that name it', async () => {
    const target = programs[2] as { id: string };
    const id = (await report(target.id, { problem: 'closed' })).json<{ id: string }>().id;
    const found = async () => {
      const p = (await s.app.inject({ method: 'GET', url: `/api/v1/programs/${target.id}` })).json<{
        coordinates: { lat: number; lon: number };
      }>();
      const search = await s.app.inject({
        method: 'GET',
        url: `/api/v1/programs?near=${p.coordinates.lat},${p.coordinates.lon}&radiusMiles=1&limit=200`,
      });
      return search.json<ProgramSearchAnswer>().results.some((r) => r.id === target.id);
    };
    expect(await found()).toBe(true);
    expect((await resolve(id, { action: 'mark-closed' })).json()).toMatchObject({ status: 'closed' });
    expect(await found()).toBe(false);
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${target.id}` })).statusCode).toBe(200);
  });

  it('dismisses a report without touching the listing', async () => {
    const target = programs[0] as { id: string; phone: string };
    const id = (await report(target.id, { problem: 'other', note: 'not sure' })).json<{ id: string }>().id;
    expect((await resolve(id, { action: 'dismiss' })).json()).toMatchObject({ status: 'dismissed' });
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${target.id}` })).json()).toMatchObject({ phone: target.phone });
  });

  it('counts the directory\u2019s health for the dashboard: freshness, open reports, no longer listed', async () => {
    const res = await admin({ method: 'GET', url: '/api/v1/reports/directory-health' });
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json<{
      listed: number;
      confirmed: Record<string, number>;
      openReports: number;
      noLongerListed: number;
      confirmedByProgram: number;
    }>();
    const all = Number(
      (
        await t.database.db
          .selectFrom('directory_programs')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(h.noLongerListed).toBe(1); // marked closed above
    expect(h.listed).toBe(all - 1);
    expect(Object.values(h.confirmed).reduce((a, b) => a + b, 0)).toBe(h.listed);
    expect(h.openReports).toBe((await queue()).total);
    expect(h.openReports).toBeGreaterThan(0);
  });
});
