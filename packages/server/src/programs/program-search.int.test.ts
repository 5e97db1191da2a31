import type { ProgramSearchAnswer } from '@carelevel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

// The one program search: the public finder, the referral flow and the account page all call it.
describe('the program search', () => {
  let t: TestDatabase;
  let s: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    s = await startTestApp(t);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });
  const search = (qs: string) => s.app.inject({ method: 'GET', url: `/api/v1/programs?${qs}` });

  it('answers the directory\u2019s view: programs offering the level, nearest within the radius, with reasons', async () => {
    const res = await search('near=19901&levels=intensive-outpatient&radiusMiles=100');
    expect(res.statusCode).toBe(200);
    const body = res.json<ProgramSearchAnswer>();
    expect(body.total).toBeGreaterThan(0);
    expect(body.helpline).toBe('1-800-662-4357');
    expect(body.near).toMatch(/^19901 /);
    for (const r of body.results) {
      expect(r.levels).toContain('intensive-outpatient');
      expect(r.distanceMiles).toBeLessThanOrEqual(100);
    }
  });

  it('treats every filter group as must-have', async () => {
    const body = (await search('near=19901&levels=outpatient&radiusMiles=200&payments=medicaid')).json<ProgramSearchAnswer>();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => r.payments.includes('medicaid'))).toBe(true);
  });

  it('ranks wishes from the assessment first without dropping the programs that miss them, naming the misfit', async () => {
    const base = 'near=19901&levels=outpatient&radiusMiles=200&limit=200';
    const all = (await search(base)).json<ProgramSearchAnswer>();
    const wished = (await search(`${base}&preferPayments=medicaid`)).json<ProgramSearchAnswer>();
    expect(wished.total).toBe(all.total);
    const meets = (r: ProgramSearchAnswer['results'][number]): boolean => r.payments.includes('medicaid');
    const firstMiss = wished.results.findIndex((r) => !meets(r));
    const lastMeet = wished.results.map(meets).lastIndexOf(true);
    expect(firstMiss).toBeGreaterThan(-1);
    expect(lastMeet).toBeGreaterThan(-1);
    expect(lastMeet).toBeLessThan(firstMiss);
    // A program without the wished payment says so.
    const miss = wished.results.find((r) => !meets(r));
    expect(JSON.stringify(miss?.misfits)).toContain('payment');
    expect(errorPaths(await search(`${base}&preferScheduleTracks=midnight`))).toEqual(['query.preferScheduleTracks[0]']);
  });

  it('scopes to substance-use care (co-occurring programs count) so mental-health-only programs are left out', async () => {
    const all = (await search('near=19901&levels=outpatient&radiusMiles=300&limit=200')).json<ProgramSearchAnswer>();
    const scoped = (await search('near=19901&levels=outpatient&radiusMiles=300&limit=200&scope=substance-use')).json<ProgramSearchAnswer>();
    expect(scoped.total).toBeGreaterThan(0);
    expect(scoped.total).toBeLessThan(all.total);
    expect(errorPaths(await search('near=19901&levels=outpatient&scope=spa'))).toEqual(['query.scope']);
  });

  it('says what to relax when nothing matches, ending with the helpline', async () => {
    const body = (
      await search('near=19901&levels=inpatient-medical&radiusMiles=1&medications=disulfiram&languages=vi')
    ).json<ProgramSearchAnswer>();
    expect(body.total).toBe(0);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('names the field for a bad place, level or filter value', async () => {
    const bad = await search('near=123&levels=spa&payments=gold');
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad)).toEqual(expect.arrayContaining(['query.levels[0]', 'query.payments[0]']));
    expect(errorPaths(await search('near=123&levels=outpatient'))).toEqual(['query.near']);
    expect(errorPaths(await search('near=00000&levels=outpatient'))).toEqual(['query.near']);
  });

  it('offers the places a name could mean instead of guessing', async () => {
    const body = (await search('near=Springfield')).json<ProgramSearchAnswer>();
    expect(body).toMatchObject({ near: null, total: 0, results: [] });
    expect(body.choices.length).toBeGreaterThan(1);
    expect(body.choices.every((c) => c.city === 'Springfield')).toBe(true);
  });

  it('sends the search that had its own path to the one search, with the same question', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/programs/search?zip=19901&level=outpatient&radiusMiles=50&payments=medicaid',
    });
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe('/api/v1/programs?near=19901&levels=outpatient&radiusMiles=50&payments=medicaid');
    const followed = (await s.app.inject({ method: 'GET', url: String(res.headers.location) })).json<ProgramSearchAnswer>();
    expect(followed.results.every((r) => r.levels.includes('outpatient') && r.payments.includes('medicaid'))).toBe(true);
  });
});
