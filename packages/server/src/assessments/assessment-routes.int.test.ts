import { RULES_VERSION } from '@carelevel/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '@carelevel/engine/testing';
import {
  errorPaths,
  asToken,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

const body = (r: { json(): unknown }) => r.json() as Record<string, unknown>;

describe.each(TEST_DIALECTS)('assessments, determinations and the timeline on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
    personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'S' } })).id as string;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const create = (payload: Record<string, unknown>) => api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload });

  it('validates the case, runs the engine and stores both with the rules version', async () => {
    const res = await create({ case: devCase() });
    expect(res.statusCode).toBe(201);
    const a = body(res);
    expect(a).toMatchObject({ personId, revision: 1, rulesVersion: RULES_VERSION, indicatedLevel: 'intensive-outpatient', signedAt: null });
    expect(a.case).toEqual(devCase());
    expect((a.recommendation as { level: string }).level).toBe('intensive-outpatient');
    const read = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${a.id as string}` }));
    expect(read).toEqual({ ...a, signedByName: null, latestDetermination: null });
  });

  it('refuses an invalid case with every field named under case.', async () => {
    const res = await create({ case: { format: 'carelevel-case/1', ageYears: 'old', population: 'martian' } });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(expect.arrayContaining(['body.case.ageYears', 'body.case.population']));
  });

  it('answers in Spanish when asked', async () => {
    const a = body(await create({ case: devCase(), locale: 'es' }));
    expect((a.recommendation as { locale: string }).locale).toBe('es');
  });

  it('signs once; a signed assessment never changes and a change is a new revision', async () => {
    const a = body(await create({ case: devCase() }));
    const signUrl = `/api/v1/people/${personId}/assessments/${a.id as string}/sign`;
    const signed = await api({ method: 'POST', url: signUrl });
    expect(body(signed)).toMatchObject({ id: a.id, signedAt: expect.any(String), signedByName: expect.stringContaining('@') });
    const reread = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${a.id as string}` }));
    expect(reread.signedByName).toBe(body(signed).signedByName);
    expect(body(await api({ method: 'POST', url: signUrl }))).toMatchObject({ status: 409, code: 'already-signed' });
    const next = body(await create({ case: { ...devCase(), ageYears: 77 }, supersedes: a.id }));
    expect(next).toMatchObject({ revision: 2, supersedes: a.id });
    const original = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${a.id as string}` }));
    expect(original.case).toEqual(devCase());
  });

  it('records a determination, asking for a variance reason when the chosen level differs', async () => {
    const a = body(await create({ case: devCase() }));
    const url = `/api/v1/people/${personId}/assessments/${a.id as string}/determination`;
    expect(body(await api({ method: 'POST', url, payload: { chosenLevel: 'outpatient' } }))).toMatchObject({
      code: 'invalid-request',
      errors: [{ path: ['body', 'varianceReason'] }],
    });
    expect(
      body(await api({ method: 'POST', url, payload: { chosenLevel: 'outpatient', varianceReason: 'clinical-judgment' } })),
    ).toMatchObject({ errors: [{ path: ['body', 'note'] }] });
    const d = await api({ method: 'POST', url, payload: { chosenLevel: 'outpatient', varianceReason: 'not-available-nearby' } });
    expect(d.statusCode).toBe(201);
    expect(body(d)).toMatchObject({
      indicatedLevel: 'intensive-outpatient',
      chosenLevel: 'outpatient',
      varianceReason: 'not-available-nearby',
    });
  });

  it('records the withdrawal-management setting beside the level, with a variance reason when it differs from the engine’s', async () => {
    // A person of its own, so the timeline test below keeps its counts.
    const own = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'W', familyName: 'M' } })).id as string;
    const a = body(await api({ method: 'POST', url: `/api/v1/people/${own}/assessments`, payload: { case: devCase() } }));
    const url = `/api/v1/people/${own}/assessments/${a.id as string}/determination`;
    // The engine's setting when none is given.
    const same = body(await api({ method: 'POST', url, payload: { chosenLevel: 'intensive-outpatient' } }));
    expect(same).toMatchObject({ indicatedWithdrawalManagement: 'none', withdrawalManagement: 'none', varianceReason: null });
    const missing = await api({
      method: 'POST',
      url,
      payload: { chosenLevel: 'intensive-outpatient', withdrawalManagement: 'ambulatory' },
    });
    expect(body(missing)).toMatchObject({
      status: 400,
      errors: [
        { path: ['body', 'varianceReason'], message: 'is required when the withdrawal-management setting differs from the indicated none' },
      ],
    });
    const chosen = await api({
      method: 'POST',
      url,
      payload: { chosenLevel: 'intensive-outpatient', withdrawalManagement: 'ambulatory', varianceReason: 'person-wants-more-intensive' },
    });
    expect(body(chosen)).toMatchObject({ withdrawalManagement: 'ambulatory', varianceReason: 'person-wants-more-intensive' });
    expect(errorPaths(await api({ method: 'POST', url, payload: { chosenLevel: 'outpatient', withdrawalManagement: 'at-home' } }))).toEqual(
      ['body.withdrawalManagement'],
    );
  });

  it('closes the determination with the signature: none can be recorded after signing', async () => {
    // A person of its own, so the timeline test below keeps its counts.
    const other = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'B', familyName: 'S' } })).id as string;
    const a = body(await api({ method: 'POST', url: `/api/v1/people/${other}/assessments`, payload: { case: devCase() } }));
    const base = `/api/v1/people/${other}/assessments/${a.id as string}`;
    expect((await api({ method: 'POST', url: `${base}/determination`, payload: { chosenLevel: 'intensive-outpatient' } })).statusCode).toBe(
      201,
    );
    expect((await api({ method: 'POST', url: `${base}/sign` })).statusCode).toBe(200);
    const late = await api({
      method: 'POST',
      url: `${base}/determination`,
      payload: { chosenLevel: 'outpatient', varianceReason: 'not-available-nearby' },
    });
    expect(late.statusCode).toBe(409);
    expect(body(late)).toMatchObject({ code: 'already-signed' });
    const read = body(await api({ method: 'GET', url: base }));
    expect(read.latestDetermination).toMatchObject({ chosenLevel: 'intensive-outpatient' });
  });

  it('shows episodes, assessments and determinations on the timeline, in order', async () => {
    await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/episodes`,
      payload: { level: 'residential-low', startedOn: '2026-01-02', endedOn: '2026-01-30', outcome: 'completed-sustained' },
    });
    await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/episodes`,
      payload: { level: 'intensive-outpatient', startedOn: '2026-02-01' },
    });
    expect(
      (
        await api({
          method: 'POST',
          url: `/api/v1/people/${personId}/episodes`,
          payload: { level: 'outpatient', startedOn: '2026-03-01', endedOn: '2026-02-01' },
        })
      ).statusCode,
    ).toBe(400);
    const tl = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/timeline` }));
    expect((tl.episodes as { level: string }[]).map((e) => e.level)).toEqual(['residential-low', 'intensive-outpatient']);
    expect((tl.assessments as unknown[]).length).toBeGreaterThanOrEqual(4);
    expect((tl.determinations as unknown[]).length).toBe(1);
  });

  it('audits every read and write of the person with who, what, which record and where from', async () => {
    const events = await t.database.db.selectFrom('audit_events').selectAll().where('person_id', '=', personId).execute();
    const actions = new Set(events.map((e) => `${e.action} ${e.entity_type}`));
    for (const a of [
      'create person',
      'create assessment',
      'read assessment',
      'sign assessment',
      'create determination',
      'create episode',
      'read timeline',
    ])
      expect(actions).toContain(a);
    expect(events.every((e) => e.actor_id && e.ip && e.at)).toBe(true);
  });
});
