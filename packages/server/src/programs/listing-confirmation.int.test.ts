import type { ProgramSearchAnswer } from '@carelevel/contract';
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

// Program staff confirm their listing from the inbox; the finder says who confirmed it and when.
describe.each(TEST_DIALECTS)('confirming a listing, on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let program: { id: string; latitude: number | null; longitude: number | null };
  let other: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    [program, { id: other }] = (await t.database.db
      .selectFrom('directory_programs')
      .select(['id', 'latitude', 'longitude'])
      .where('latitude', 'is not', null)
      .orderBy('id')
      .limit(2)
      .execute()) as [typeof program, typeof program];
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });
  const hit = async () => {
    const q = `near=${String(program.latitude)},${String(program.longitude)}&radiusMiles=1&limit=200`;
    return (await s.app.inject({ method: 'GET', url: `/api/v1/programs?${q}` }))
      .json<ProgramSearchAnswer>()
      .results.find((r) => r.id === program.id);
  };

  it('stamps the listing confirmed by the program today, with or without changes, and audits it', async () => {
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [program.id])).token);
    const res = await staff({ method: 'POST', url: `/api/v1/programs/${program.id}/confirmation`, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.json()).toEqual({ programId: program.id, lastVerified: today, verifiedBy: 'program' });
    expect(await hit()).toMatchObject({ lastVerified: today, verifiedBy: 'program', stale: false });

    const changed = await staff({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/confirmation`,
      payload: { correction: { phone: '302-555-0101', payments: ['medicaid', 'sliding-fee'] } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}` })).json()).toMatchObject({
      phone: '302-555-0101',
      payments: ['medicaid', 'sliding-fee'],
      verifiedBy: 'program',
    });
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'program')
      .where('entity_id', '=', program.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['update', 'update']);
  });

  it('lets staff confirm only their own program, and names a bad field', async () => {
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [program.id])).token);
    expect((await staff({ method: 'POST', url: `/api/v1/programs/${other}/confirmation`, payload: {} })).statusCode).toBe(403);
    const bad = await staff({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/confirmation`,
      payload: { correction: { zip: '123', payments: ['gold'] } },
    });
    expect(errorPaths(bad).sort()).toEqual(['body.correction.payments[0]', 'body.correction.zip']);
  });

  it('lets staff set their hours and the levels they offer, shown in the finder and the program, and names each rule broken', async () => {
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [program.id])).token);
    const hours = {
      open24Hours: false,
      // answered Monday first, whatever order they came in
      times: [
        { day: 'sat', opens: '09:00', closes: '12:00' },
        { day: 'mon', opens: '08:00', closes: '17:00' },
      ],
      note: '  Walk-ins until 2 pm ',
    };
    const res = await staff({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/confirmation`,
      payload: { correction: { hours, levels: ['intensive-outpatient', 'outpatient'] } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const stored = { open24Hours: false, times: [hours.times[1], hours.times[0]], note: 'Walk-ins until 2 pm' };
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}` })).json()).toMatchObject({
      hours: stored,
      care: { levels: ['outpatient', 'intensive-outpatient'] },
    });
    expect(await hit()).toMatchObject({ hours: stored, levels: ['outpatient', 'intensive-outpatient'] });

    const bad = await staff({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/confirmation`,
      payload: {
        correction: {
          hours: {
            open24Hours: false,
            times: [
              { day: 'mon', opens: '8am', closes: '17:00' },
              { day: 'tue', opens: '17:00', closes: '09:00' },
              { day: 'tue', opens: '10:00', closes: '11:00' },
            ],
          },
          levels: [],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad).sort()).toEqual([
      'body.correction.hours.times[0].opens',
      'body.correction.hours.times[1].closes',
      'body.correction.hours.times[2].day',
      'body.correction.levels',
    ]);
    expect(bad.body).toMatch(/must be a time like 08:30/);
    expect(bad.body).toMatch(/must be after the opening time/);
    expect(bad.body).toMatch(/must name at least one level of care/);
    expect(bad.body).toMatch(/must name each day only once/);
    const contradiction = await staff({
      method: 'POST',
      url: `/api/v1/programs/${program.id}/confirmation`,
      payload: { correction: { hours: { open24Hours: true, times: [{ day: 'mon', opens: '08:00', closes: '17:00' }] } } },
    });
    expect(errorPaths(contradiction)).toEqual(['body.correction.hours.times']);
    // open 24 hours, and then no hours at all (the listing no longer says)
    for (const h of [{ open24Hours: true, times: [] }, null]) {
      const ok = await staff({ method: 'POST', url: `/api/v1/programs/${program.id}/confirmation`, payload: { correction: { hours: h } } });
      expect(ok.statusCode, ok.body).toBe(200);
    }
    expect((await s.app.inject({ method: 'GET', url: `/api/v1/programs/${program.id}` })).json()).toMatchObject({ hours: null });
  });
});
