import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api-problem.js';
import { fieldErrors, fieldId, normalisePath } from './field-paths.js';

const problem = (errors: { path: string; message: string }[]): ApiProblem =>
  ApiProblem.from(400, { code: 'invalid-request', title: 'Invalid', status: 400, errors });

describe('field paths from problem+json', () => {
  it('drops the request part and turns indexes into dotted steps', () => {
    expect(normalisePath('body.varianceReason')).toBe('varianceReason');
    expect(normalisePath('body.case.instruments.phq9[3]', 'body.case')).toBe('instruments.phq9.3');
    expect(normalisePath('body')).toBe('');
    expect(normalisePath('query.limit')).toBe('query.limit');
    // The engine's errors come back as `case.…` (no request part); schema errors as `body.case.…`.
    expect(normalisePath('case.withdrawal.ciwaAr', 'case')).toBe('withdrawal.ciwaAr');
    expect(normalisePath('body.case.withdrawal.ciwaAr', 'case')).toBe('withdrawal.ciwaAr');
    expect(normalisePath('body.case', 'case')).toBe('');
  });

  it('puts each error on its field, joins two on one field, and keeps strays under the empty name', () => {
    const p = problem([
      { path: 'body.note', message: 'is required with clinical-judgment' },
      { path: 'body.note', message: 'is too long' },
      { path: 'body.case.withdrawal.ciwaAr', message: 'must be an integer' },
    ]);
    expect(fieldErrors(p)).toEqual({
      note: 'is required with clinical-judgment; is too long',
      'case.withdrawal.ciwaAr': 'must be an integer',
    });
    expect(fieldErrors(p, 'body', ['note'])).toEqual({ note: 'is required with clinical-judgment; is too long', '': 'must be an integer' });
  });

  it('lands an error inside a field (an instrument item) on the nearest named field', () => {
    const p = problem([{ path: 'body.case.instruments.phq9[3]', message: 'must be 0..3' }]);
    expect(fieldErrors(p, 'body.case', ['instruments.phq9', 'instruments.phq9.3', 'instruments'])).toEqual({
      'instruments.phq9.3': 'must be 0..3',
    });
    expect(fieldErrors(p, 'body.case', ['instruments.phq9'])).toEqual({ 'instruments.phq9': 'must be 0..3' });
  });

  it('reads any answer body without throwing, and makes ids safe for selectors', () => {
    expect(ApiProblem.from(502, 'Bad gateway').code).toBe('http-502');
    expect(ApiProblem.from(400, { errors: [{ path: 1 }, null, { path: 'a', message: 'b' }] }).errors).toEqual([
      { path: 'a', message: 'b' },
    ]);
    expect(fieldId('assess', 'instruments.phq9.3')).toBe('assess-instruments-phq9-3');
  });
});
