import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramSearchAnswer } from '@carelevel/contract';
import { circleArea, programId, refreshDirectory } from '@carelevel/directory';
import { startFakeLocator, type FakeLocator } from '@carelevel/directory/testing';
import { SHARED_DATA } from '@carelevel/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programFhirId } from '../fhir/program-ids.js';
import {
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

type Row = Record<string, unknown> & { frid: string };
const SAMPLE = (JSON.parse(readFileSync(join(SHARED_DATA, 'findtreatment-api-sample-2019.json'), 'utf8')) as { rows: Row[] }).rows;
const idOf = (row: Row): string => programId(`samhsa-locator|id|${row.frid}`, 1);

// A program a refresh no longer returns leaves the finder, and what names it still reads.
describe.each(TEST_DIALECTS)('a program no longer listed, on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let locator: FakeLocator;
  const gone = SAMPLE[0] as Row;
  const refresh = () =>
    refreshDirectory(t.database.db, {
      url: locator.url,
      area: circleArea({ lat: 38.03, lon: -78.47 }, 100),
      pageSize: 10,
      pauseMs: 0,
      policy: { attempts: 2, backoffMs: 1, timeoutMs: 5000 },
      workDir: mkdtempSync(join(tmpdir(), 'carelevel-refresh-')),
    });
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t);
    locator = await startFakeLocator({ rows: SAMPLE });
  });
  afterAll(async () => {
    await locator.close();
    await s.close();
    await t.dispose();
  });

  it('leaves the search, and the referral to it still reads', async () => {
    await refresh();
    const navigator = asToken(s.app, (await userWithToken(t.database, 'navigator')).token);
    const personId = (await navigator({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'R', familyName: 'P' } })).json<{
      id: string;
    }>().id;
    await navigator({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, idOf(gone)) });
    const made = await navigator({ method: 'POST', url: '/api/v1/referrals', payload: { personId, programIds: [idOf(gone)] } });
    expect(made.statusCode, made.body).toBe(201);
    const referralId = made.json<{ referrals: { id: string }[] }>().referrals[0]?.id ?? '';

    locator.scenario = { rows: SAMPLE.slice(1) };
    expect(await refresh()).toMatchObject({ noLongerListed: 1 });
    // (the index is built at this first search; a running instance picks up a refresh made elsewhere within a minute)
    const search = (
      await s.app.inject({ method: 'GET', url: '/api/v1/programs?near=22902&radiusMiles=100&limit=200' })
    ).json<ProgramSearchAnswer>();
    expect(search.results.some((r) => r.id === idOf(gone))).toBe(false);
    expect(search.total).toBe(SAMPLE.length - 1);

    const referral = await navigator({ method: 'GET', url: `/api/v1/referrals/${referralId}` });
    expect(referral.statusCode).toBe(200);
    expect(referral.json()).toMatchObject({ programId: idOf(gone), status: 'requested' });
    const program = await s.app.inject({ method: 'GET', url: `/api/v1/programs/${idOf(gone)}` });
    expect(program.statusCode).toBe(200);
    expect(program.json()).toMatchObject({ name: gone.name1 });
    // The FHIR view says the same: still readable, no longer active.
    const service = await s.app.inject({ method: 'GET', url: `/fhir/R4/HealthcareService/${programFhirId(idOf(gone)) ?? ''}` });
    expect(service.statusCode).toBe(200);
    expect(service.json()).toMatchObject({ active: false, comment: 'No longer listed by the national treatment locator' });
  });
});
