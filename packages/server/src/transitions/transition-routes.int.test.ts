import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '@carelevel/engine/testing';
import {
  errorPaths,
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';

const body = (r: { json(): unknown }) => r.json() as Record<string, unknown>;

/** Admitted to residential care after a relapse (dev vignette 02), and the same person thirty days later. */
const admission = (): Record<string, unknown> => devCase('02-residential-relapsed-after-iop-using-partner');
const thirtyDaysLater = (): Record<string, unknown> => {
  const a = admission() as { relapsePotential?: { priorEpisodes?: unknown[] } };
  return {
    ...a,
    substances: [{ name: 'opioids', daysUsedLast30: 0, route: 'injected', hoursSinceLastUse: 720, disorderSeverity: 'severe' }],
    withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
    relapsePotential: {
      cravings: 'low',
      copingSkills: 'adequate',
      longestRecentAbstinenceDays: 30,
      overdoseLastYear: true,
      priorEpisodes: [...(a.relapsePotential?.priorEpisodes ?? []), { level: 'residential-high', outcome: 'ongoing' }],
    },
    environment: { housing: 'stable', householdUse: false, unsafe: false, support: 'some', transportation: true },
    instruments: { phq9: [1, 1, 0, 1, 0, 0, 1, 0, 0], gad7: [1, 0, 1, 0, 0, 1, 0] },
  };
};

describe.each(TEST_DIALECTS)('continued-stay transitions on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let programId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
    programId = (await t.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  /** A person admitted to residential care on 2026-01-02, assessed then and thirty days later. */
  async function admitted(later = thirtyDaysLater()): Promise<{ personId: string; first: string; second: string }> {
    const personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'T', familyName: 'R' } })).id as string;
    const assess = async (c: Record<string, unknown>) =>
      body(await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: c } })).id as string;
    const first = await assess(admission());
    const second = await assess(later);
    await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/episodes`,
      payload: { level: 'residential-high', startedOn: '2026-01-02' },
    });
    return { personId, first, second };
  }

  const record = (personId: string, payload: Record<string, unknown>) =>
    api({ method: 'POST', url: `/api/v1/people/${personId}/transitions`, payload });

  it("previews the engine's advice with the dimensions that changed, and writes nothing", async () => {
    const p = await admitted();
    const res = await api({
      method: 'POST',
      url: `/api/v1/people/${p.personId}/transitions/preview?locale=es`,
      payload: { previousAssessmentId: p.first, assessmentId: p.second, currentLevel: 'residential-high' },
    });
    expect(res.statusCode).toBe(200);
    const engine = body(res).engine as Record<string, unknown>;
    expect(engine).toMatchObject({ action: 'step-down', from: 'residential-high', to: 'intensive-outpatient', rule: 't-step-down' });
    expect(engine.actionText).toBe('Bajar de nivel');
    const changes = engine.changes as { dimension: number; direction: string }[];
    expect(changes.find((c) => c.dimension === 6)?.direction).toBe('better');
    const stored = await t.database.db.selectFrom('care_transitions').select('id').where('person_id', '=', p.personId).execute();
    expect(stored).toHaveLength(0);
  });

  it('compares like with like: in IOP by choice below an unchanged residential indication, with nothing worse, it advises continuing', async () => {
    const personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'V', familyName: 'R' } })).id as string;
    const assess = async (c: Record<string, unknown>) =>
      body(await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: c } })).id as string;
    const first = await assess(admission());
    const decided = await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/assessments/${first}/determination`,
      payload: { chosenLevel: 'intensive-outpatient', varianceReason: 'person-declined-indicated' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    // 26 days without use, no withdrawal, cravings down; the partner still drinks at home.
    const a = admission() as { relapsePotential?: Record<string, unknown> };
    const second = await assess({
      ...a,
      substances: [{ name: 'opioids', daysUsedLast30: 4, route: 'injected', hoursSinceLastUse: 624, disorderSeverity: 'severe' }],
      withdrawal: { current: 'none', historySeizures: false, historyDelirium: false, monitoringAtHome: true },
      relapsePotential: { ...a.relapsePotential, cravings: 'low', copingSkills: 'limited', longestRecentAbstinenceDays: 26 },
    });
    const res = await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/transitions/preview`,
      payload: { previousAssessmentId: first, assessmentId: second, currentLevel: 'intensive-outpatient' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const engine = body(res).engine as { action: string; rule: string; reason: { facts: Record<string, string> }; reasonText: string };
    expect(engine).toMatchObject({ action: 'continue', rule: 't-still-indicated' });
    expect(engine.reason.facts.because).toBe('person-declined-indicated');
    expect(engine.reasonText).toMatch(/^Still indicated: .*because they chose not to go to that level/);
  });

  it('records a step down that follows the engine: the residential episode ends and IOP opens, in one go', async () => {
    const p = await admitted();
    const res = await record(p.personId, {
      previousAssessmentId: p.first,
      assessmentId: p.second,
      currentLevel: 'residential-high',
      action: 'step-down',
      toLevel: 'intensive-outpatient',
      programId,
      effectiveOn: '2026-02-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(body(res).transition).toMatchObject({
      engineAction: 'step-down',
      engineToLevel: 'intensive-outpatient',
      action: 'step-down',
      toLevel: 'intensive-outpatient',
      followedEngine: true,
      effectiveOn: '2026-02-01',
      note: null,
    });
    expect(body(res).openedEpisode).toMatchObject({ level: 'intensive-outpatient', programId, startedOn: '2026-02-01' });
    const tl = body(await api({ method: 'GET', url: `/api/v1/people/${p.personId}/timeline` }));
    expect(tl.episodes).toMatchObject([
      // A step down is a move between levels, not an ending (docs/case-format-extensions.md).
      { level: 'residential-high', startedOn: '2026-01-02', endedOn: '2026-02-01', outcome: 'stepped-down' },
      { level: 'intensive-outpatient', startedOn: '2026-02-01', endedOn: null, programId },
    ]);
    const [tr] = tl.transitions as Record<string, unknown>[];
    expect(tr).toMatchObject({ engineAction: 'step-down', action: 'step-down', effectiveOn: '2026-02-01' });
    expect((tr?.changedDimensions as { dimension: number }[]).map((c) => c.dimension)).toContain(6);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('person_id', '=', p.personId)
      .execute();
    const seen = audit.map((a) => `${a.action} ${a.entity_type}`);
    expect(seen).toEqual(expect.arrayContaining(['create care-transition', 'update episode', 'create episode']));
  });

  // Issue 11, finding 4: program staff whose consent shares the timeline only saw transition notes and
  // dimension ratings, which describe the assessments (determination notes were already hidden).
  it('shows program staff a transition note and its dimension ratings only when their consent shares assessments', async () => {
    const p = await admitted();
    await record(p.personId, {
      previousAssessmentId: p.first,
      assessmentId: p.second,
      currentLevel: 'residential-high',
      action: 'continue',
      toLevel: 'residential-high',
      effectiveOn: '2026-02-01',
      note: 'Cravings came back after a family visit; staying two more weeks.',
    });
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [programId])).token);
    const consent = async (shares: string[]) =>
      body(await api({ method: 'POST', url: '/api/v1/consents', payload: { ...consentBody(p.personId, programId), shares } })).id as string;
    const timeline = async () => body(await staff({ method: 'GET', url: `/api/v1/people/${p.personId}/timeline` }));

    const timelineOnly = await consent(['timeline']);
    const [hidden] = (await timeline()).transitions as Record<string, unknown>[];
    expect(hidden).toMatchObject({ action: 'continue', toLevel: 'residential-high', note: null, changedDimensions: null });
    expect(JSON.stringify(await timeline())).not.toContain('Cravings');

    await api({ method: 'POST', url: `/api/v1/consents/${timelineOnly}/revoke` });
    await consent(['timeline', 'assessments']);
    const [shown] = (await timeline()).transitions as Record<string, unknown>[];
    expect(shown?.note).toContain('Cravings');
    expect(shown?.changedDimensions).toEqual(expect.any(Array));
  });

  it("asks for a note when the decision differs from the engine's, then keeps both", async () => {
    const p = await admitted();
    const differs = {
      previousAssessmentId: p.first,
      assessmentId: p.second,
      currentLevel: 'residential-high',
      action: 'step-down',
      toLevel: 'partial-hospitalization',
      effectiveOn: '2026-02-01',
    };
    expect(body(await record(p.personId, differs))).toMatchObject({ status: 400, errors: [{ path: ['body', 'note'] }] });
    const cont = { ...differs, action: 'continue', toLevel: 'residential-high' };
    expect(body(await record(p.personId, cont))).toMatchObject({ errors: [{ path: ['body', 'note'] }] });
    const res = await record(p.personId, { ...cont, note: 'Housing falls through next week; holding two more weeks.' });
    expect(res.statusCode).toBe(201);
    expect(body(res).transition).toMatchObject({ engineAction: 'step-down', action: 'continue', followedEngine: false });
    expect(body(res).openedEpisode).toBeNull();
    const episodes = await t.database.db.selectFrom('episodes').selectAll().where('person_id', '=', p.personId).execute();
    expect(episodes).toMatchObject([{ level: 'residential-high', ended_on: null }]);
  });

  it('lets only one of two reviews recorded at once move the timeline', async () => {
    const p = await admitted();
    const review = {
      previousAssessmentId: p.first,
      assessmentId: p.second,
      currentLevel: 'residential-high',
      action: 'step-down',
      toLevel: 'intensive-outpatient',
      effectiveOn: '2026-02-01',
    };
    const results = await Promise.all([record(p.personId, review), record(p.personId, review)]);
    const statuses = results.map((r) => r.statusCode).sort();
    // SQLite runs the two one after the other (the second sees IOP open); PostgreSQL finds the episode ended.
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    const episodes = await t.database.db.selectFrom('episodes').selectAll().where('person_id', '=', p.personId).execute();
    expect(episodes.map((e) => e.level).sort()).toEqual(['intensive-outpatient', 'residential-high']);
    const stored = await t.database.db.selectFrom('care_transitions').select('id').where('person_id', '=', p.personId).execute();
    expect(stored).toHaveLength(1);
  });

  it('discharges to aftercare: the episode ends and none opens', async () => {
    const personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'D', familyName: 'A' } })).id as string;
    const maintenance = devCase('12-recovery-maintenance');
    const ids: string[] = [];
    for (const c of [maintenance, maintenance])
      ids.push(body(await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: c } })).id as string);
    await api({ method: 'POST', url: `/api/v1/people/${personId}/episodes`, payload: { level: 'outpatient', startedOn: '2026-01-05' } });
    const res = await record(personId, {
      previousAssessmentId: ids[0],
      assessmentId: ids[1],
      currentLevel: 'outpatient',
      action: 'discharge-to-aftercare',
      toLevel: 'recovery-support',
      effectiveOn: '2026-04-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(body(res).openedEpisode).toBeNull();
    const episodes = await t.database.db.selectFrom('episodes').selectAll().where('person_id', '=', personId).execute();
    expect(episodes).toMatchObject([{ level: 'outpatient', ended_on: '2026-04-01', outcome: 'completed-sustained' }]);
  });

  it('names every field at fault', async () => {
    const p = await admitted();
    const other = await admitted();
    const base = {
      previousAssessmentId: p.first,
      assessmentId: p.second,
      currentLevel: 'residential-high',
      action: 'step-down',
      toLevel: 'intensive-outpatient',
      effectiveOn: '2026-02-01',
    };
    const paths = async (payload: Record<string, unknown>) => errorPaths(await record(p.personId, payload));
    expect(await paths({ ...base, previousAssessmentId: other.first })).toEqual(['body.previousAssessmentId']);
    expect(await paths({ ...base, previousAssessmentId: p.second, assessmentId: p.first })).toEqual(['body.previousAssessmentId']);
    expect(await paths({ ...base, toLevel: 'inpatient-medical', note: 'a note long enough' })).toEqual(['body.toLevel']);
    expect(await paths({ ...base, effectiveOn: '2025-12-31' })).toEqual(['body.effectiveOn']);
    expect(await paths({ ...base, effectiveOn: '2026-02-30x' })).toEqual(['body.effectiveOn']);
    const mismatch = await record(p.personId, { ...base, currentLevel: 'partial-hospitalization', toLevel: 'outpatient', note: 'n' });
    expect(body(mismatch)).toMatchObject({ status: 422, code: 'current-level-mismatch', errors: [{ path: ['body', 'currentLevel'] }] });
    const unknown = await record(p.personId, { ...base, programId: 'no-such-program' });
    expect(body(unknown)).toMatchObject({ status: 422, code: 'unknown-program', errors: [{ path: ['body', 'programId'] }] });
  });

  it('plots instrument scores per assessment on the timeline, with referrals on the same axis', async () => {
    const p = await admitted();
    await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(p.personId, programId) });
    const ref = body(await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId: p.personId, programIds: [programId] } }));
    const tl = body(await api({ method: 'GET', url: `/api/v1/people/${p.personId}/timeline` }));
    const [first, second] = tl.assessments as { scores: { instrument: string; total: number; band: string; from: string }[] }[];
    expect(first?.scores).toEqual([
      expect.objectContaining({ instrument: 'cows', name: 'COWS', total: 14, band: 'moderate', from: 'total' }),
    ]);
    expect(second?.scores).toEqual([
      expect.objectContaining({ instrument: 'phq9', total: 4, band: 'minimal', from: 'items', loinc: '44261-6' }),
      expect.objectContaining({ instrument: 'gad7', total: 3, band: 'minimal', max: 21 }),
    ]);
    const [r] = tl.referrals as Record<string, unknown>[];
    expect(r).toMatchObject({ id: (ref.referrals as { id: string }[])[0]?.id, programId, status: 'requested' });
    expect(typeof r?.programName).toBe('string');
  });

  it('shows program staff only their own referrals, and scores, notes and adjustments only when the consent shares assessments', async () => {
    const p = await admitted();
    const [own, other] = (await t.database.db.selectFrom('directory_programs').select('id').limit(2).execute()).map((x) => x.id);
    if (!own || !other) throw new Error('the sample directory has programs');
    await api({ method: 'POST', url: '/api/v1/consents', payload: { ...consentBody(p.personId, own), shares: ['timeline'] } });
    await api({ method: 'POST', url: '/api/v1/consents', payload: consentBody(p.personId, other) });
    await api({ method: 'POST', url: '/api/v1/referrals', payload: { personId: p.personId, programIds: [own, other] } });
    const staff = asToken(s.app, (await userWithToken(t.database, 'program-staff', [own])).token);
    const tl = body(await staff({ method: 'GET', url: `/api/v1/people/${p.personId}/timeline` }));
    expect((tl.referrals as { programId: string }[]).map((r) => r.programId)).toEqual([own]);
    expect((tl.assessments as { scores: unknown }[]).every((a) => a.scores === null)).toBe(true);
    await api({
      method: 'POST',
      url: `/api/v1/people/${p.personId}/assessments/${p.second}/determination`,
      payload: { chosenLevel: 'intensive-outpatient', note: 'Discussed with the family.' },
    });
    const [d] = body(await staff({ method: 'GET', url: `/api/v1/people/${p.personId}/timeline` })).determinations as Record<
      string,
      unknown
    >[];
    expect(d).toMatchObject({ chosenLevel: 'intensive-outpatient' });
    expect(d).not.toHaveProperty('note');
    expect(d).not.toHaveProperty('adjustments');
  });
});
