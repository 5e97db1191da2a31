import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api-problem.js';
import { fieldErrors, fieldId, issueErrors } from './field-paths.js';

const problem = (errors: { path: (string | number)[]; message: string }[]): ApiProblem =>
  ApiProblem.from(400, {
    type: 'https://carelevel.org/problems/invalid-request',
    code: 'invalid-request',
    title: 'Invalid',
    status: 400,
    errors,
  });

describe('field paths from problem+json', () => {
  it('puts each error on its field under the prefix, joins two on one field, and keeps strays under the empty name', () => {
    const p = problem([
      { path: ['body', 'note'], message: 'is required with clinical-judgment' },
      { path: ['body', 'note'], message: 'is too long' },
      { path: ['body', 'case', 'withdrawal', 'ciwaAr'], message: 'must be an integer' },
      { path: ['query', 'limit'], message: 'is too big' },
    ]);
    expect(fieldErrors(p)).toEqual({
      note: 'is required with clinical-judgment; is too long',
      'case.withdrawal.ciwaAr': 'must be an integer',
      '': 'is too big',
    });
    expect(fieldErrors(p, 'body', ['note'])).toEqual({
      note: 'is required with clinical-judgment; is too long',
      '': 'must be an integer; is too big',
    });
  });

  it('lands an error inside a field (an instrument item) on the nearest named field', () => {
    const p = problem([{ path: ['body', 'case', 'instruments', 'phq9', 3], message: 'must be 0..3' }]);
    expect(fieldErrors(p, 'body.case', ['instruments.phq9', 'instruments.phq9.3', 'instruments'])).toEqual({
      'instruments.phq9.3': 'must be 0..3',
    });
    expect(fieldErrors(p, 'body.case', ['instruments.phq9'])).toEqual({ 'instruments.phq9': 'must be 0..3' });
  });

  it('reads the engine\u2019s own issues (paths from the case) the same way', () => {
    expect(issueErrors([{ path: ['substances', 0, 'daysUsedLast30'], message: 'must be 0..30' }], '')).toEqual({
      'substances.0.daysUsedLast30': 'must be 0..30',
    });
  });

  it('reads any answer body without throwing, and makes ids safe for selectors', () => {
    expect(ApiProblem.from(502, 'Bad gateway').code).toBe('http-502');
    expect(ApiProblem.from(400, { errors: [{ path: 1 }, null, { path: ['a'], message: 'b' }] }).code).toBe('http-400');
    expect(fieldId('assess', 'instruments.phq9.3')).toBe('assess-instruments-phq9-3');
  });
});
