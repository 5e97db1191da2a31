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
const paths = errorPaths;

describe.each(TEST_DIALECTS)('rating adjustments on determinations on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let api: ReturnType<typeof asToken>;
  let personId: string;
  let assessmentId: string;
  /** The engine's rating for each dimension, as stored with the assessment. */
  let rating: Map<number, number>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t);
    api = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
    personId = body(await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'J' } })).id as string;
    const a = body(await api({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } }));
    assessmentId = a.id as string;
    rating = new Map(
      (a.recommendation as { dimensions: { dimension: number; rating: number }[] }).dimensions.map((d) => [d.dimension, d.rating]),
    );
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const decide = (payload: Record<string, unknown>) =>
    api({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${assessmentId}/determination`, payload });
  const raise = (dimension: number, rationale = 'Partner started using again since the interview.') => ({
    dimension,
    engineRating: rating.get(dimension),
    adjustedRating: Math.min(4, (rating.get(dimension) ?? 0) + 1),
    rationale,
  });

  it('keeps each adjustment beside the engine rating, and shows it on the assessment and the timeline', async () => {
    const res = await decide({ chosenLevel: 'intensive-outpatient', adjustments: [raise(6)] });
    expect(res.statusCode, res.body).toBe(201);
    expect(body(res).adjustments).toEqual([raise(6)]);
    const read = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${assessmentId}` }));
    expect(read.latestDetermination).toMatchObject({ id: body(res).id, chosenLevel: 'intensive-outpatient', adjustments: [raise(6)] });
    expect((read.recommendation as { dimensions: { dimension: number; rating: number }[] }).dimensions[5]?.rating).toBe(rating.get(6));
    const tl = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/timeline` }));
    expect(tl.determinations).toMatchObject([{ adjustments: [raise(6)] }]);
  });

  it('reads the newest determination as the latest, and an empty list when nothing was adjusted', async () => {
    const res = await decide({ chosenLevel: 'intensive-outpatient' });
    expect(body(res).adjustments).toEqual([]);
    const read = body(await api({ method: 'GET', url: `/api/v1/people/${personId}/assessments/${assessmentId}` }));
    expect(read.latestDetermination).toMatchObject({ id: body(res).id, adjustments: [] });
  });

  it('refuses an engine rating that is not the stored one, naming the adjustment (422)', async () => {
    const wrong = { ...raise(3), engineRating: ((rating.get(3) ?? 0) + 2) % 5 };
    const res = await decide({ chosenLevel: 'intensive-outpatient', adjustments: [raise(6), wrong] });
    expect(res.statusCode).toBe(422);
    expect(body(res)).toMatchObject({ code: 'engine-rating-mismatch', errors: [{ path: ['body', 'adjustments', 1, 'engineRating'] }] });
  });

  it('names every malformed adjustment field: dimension, ratings 0–4, rationale 10–2000 characters, no repeats', async () => {
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [{ ...raise(6), dimension: 7 }] }))).toEqual([
      'body.adjustments[0].dimension',
    ]);
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [{ ...raise(6), adjustedRating: 5 }] }))).toEqual([
      'body.adjustments[0].adjustedRating',
    ]);
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [raise(6, 'too short')] }))).toEqual([
      'body.adjustments[0].rationale',
    ]);
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [raise(6, 'x'.repeat(2001))] }))).toEqual([
      'body.adjustments[0].rationale',
    ]);
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [raise(6), raise(6)] }))).toEqual(['body.adjustments']);
    const same = { ...raise(6), adjustedRating: rating.get(6) };
    expect(paths(await decide({ chosenLevel: 'intensive-outpatient', adjustments: [same] }))).toEqual([
      'body.adjustments[0].adjustedRating',
    ]);
  });
});
