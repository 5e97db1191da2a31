import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

interface View {
  total: number;
  results: { id: string; levels: string[]; payments: string[]; distanceMiles: number; fits: unknown[]; scope?: string }[];
  suggestions: { code: string }[];
  helpline: string;
}

// The contract the web app reads (docs/web.md and packages/web/src/programs/program-search.ts).
describe('the web app\u2019s program search', () => {
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

  const search = (qs: string) => s.app.inject({ method: 'GET', url: `/api/v1/programs/search?${qs}` });

  it('answers the directory\u2019s view: programs offering the level, nearest within the radius, with reasons', async () => {
    const res = await search('zip=19901&level=intensive-outpatient&radiusMiles=100');
    expect(res.statusCode).toBe(200);
    const body = res.json<View>();
    expect(body.total).toBeGreaterThan(0);
    expect(body.helpline).toBe('1-800-662-4357');
    for (const r of body.results) {
      expect(r.levels).toContain('intensive-outpatient');
      expect(r.distanceMiles).toBeLessThanOrEqual(100);
    }
  });

  it('treats every filter group as must-have', async () => {
    const body = (await search('zip=19901&level=outpatient&radiusMiles=200&payments=medicaid')).json<View>();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => r.payments.includes('medicaid'))).toBe(true);
  });

  it('scopes to substance-use care (co-occurring programs count) so mental-health-only programs are left out', async () => {
    const all = (await search('zip=19901&level=outpatient&radiusMiles=300&limit=200')).json<View>();
    const scoped = (await search('zip=19901&level=outpatient&radiusMiles=300&limit=200&scope=substance-use')).json<View>();
    expect(scoped.total).toBeGreaterThan(0);
    expect(scoped.total).toBeLessThan(all.total);
    const bad = await search('zip=19901&level=outpatient&scope=spa');
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('query.scope');
  });

  it('says what to relax when nothing matches, ending with the helpline', async () => {
    const body = (await search('zip=19901&level=inpatient-medical&radiusMiles=1&medications=disulfiram&languages=vi')).json<View>();
    expect(body.total).toBe(0);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('names the field for a bad ZIP, level or filter value', async () => {
    const bad = await search('zip=123&level=spa&payments=gold');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['query.zip', 'query.level', 'query.payments.0']),
    );
    const unknownZip = await search('zip=00000&level=outpatient');
    expect(unknownZip.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('query.zip');
  });
});
