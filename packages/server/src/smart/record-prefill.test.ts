import type { Condition, Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { prefillFrom } from './record-prefill.js';

const PHQ9_URL = 'https://carelevel.org/fhir/Questionnaire/phq9';
const ITEMS = ['interest', 'mood', 'sleep', 'energy', 'appetite', 'self-worth', 'concentration', 'psychomotor', 'self-harm-thoughts'];
const response = (
  authored: string,
  values: readonly number[],
  status: QuestionnaireResponse['status'] = 'completed',
): QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse',
  status,
  questionnaire: PHQ9_URL,
  authored,
  item: ITEMS.map((linkId, i) => ({ linkId, answer: [{ valueInteger: values[i] ?? 0 }] })),
});
const total = (code: string, value: number, date: string, status: Observation['status'] = 'final'): Observation => ({
  resourceType: 'Observation',
  status,
  code: { coding: [{ system: 'http://loinc.org', code }] },
  effectiveDateTime: date,
  valueInteger: value,
});

describe('what a health record can fill', () => {
  it('takes the newest completed response to each of carelevel’s instruments, item by item', () => {
    const p = prefillFrom({
      responses: [
        response('2026-01-01', [0, 0, 0, 0, 0, 0, 0, 0, 0]),
        response('2026-06-01', [3, 3, 3, 3, 3, 3, 3, 3, 1]),
        response('2026-07-01', [1, 1, 1, 1, 1, 1, 1, 1, 1], 'in-progress'),
      ],
      observations: [],
      conditions: [],
    });
    expect(p.instruments).toEqual([{ key: 'phq9', answers: [3, 3, 3, 3, 3, 3, 3, 3, 1], date: '2026-06-01' }]);
  });

  it('leaves out an answer the item does not allow, and a response to another questionnaire', () => {
    const p = prefillFrom({
      responses: [
        response('2026-06-01', [9, 1, 1, 1, 1, 1, 1, 1, 0]),
        { ...response('2026-06-02', [1]), questionnaire: 'http://other.example/Questionnaire/x' },
      ],
      observations: [],
      conditions: [],
    });
    expect(p.instruments[0]?.answers).toEqual([null, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(p.instruments).toHaveLength(1);
  });

  it('shows the newest final total by LOINC code, never a preliminary one', () => {
    const p = prefillFrom({
      responses: [],
      observations: [
        total('44261-6', 8, '2026-01-01'),
        total('44261-6', 14, '2026-05-01'),
        total('44261-6', 20, '2026-06-01', 'preliminary'),
        total('70274-6', 11, '2026-02-01'),
        total('1234-5', 3, '2026-02-01'),
      ],
      conditions: [],
    });
    expect(p.totals).toEqual([
      { key: 'phq9', total: 14, date: '2026-05-01' },
      { key: 'gad7', total: 11, date: '2026-02-01' },
    ]);
  });

  it('lists active conditions by their text, and not resolved ones', () => {
    const condition = (code: string, status: string): Condition => ({
      resourceType: 'Condition',
      subject: { reference: 'Patient/1' },
      clinicalStatus: { coding: [{ code: status }] },
      code: { coding: [{ system: 'http://snomed.info/sct', code, display: `Condition ${code}` }] },
    });
    const p = prefillFrom({ responses: [], observations: [], conditions: [condition('1', 'active'), condition('2', 'resolved')] });
    expect(p.conditions).toEqual([{ text: 'Condition 1', code: '1', onset: null }]);
  });
});
