import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from './draft.js';
import { fillFromRecord } from './record-fill.js';

const prefill = {
  launched: true,
  instruments: [
    { key: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0], date: '2026-11-20' },
    { key: 'gad7', answers: [0, 1, 0, 1, 0, 1, null], date: null },
  ],
  totals: [],
  conditions: [],
};

describe('filling the interview from the health record', () => {
  it('fills each instrument and marks it from the record', () => {
    const { draft, marks } = fillFromRecord(EMPTY_DRAFT, prefill);
    expect(draft.instruments.phq9).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(marks).toEqual(['instruments.phq9', 'instruments.gad7']);
  });
  it('leaves an instrument the clinician has begun as it is', () => {
    const begun = { ...EMPTY_DRAFT, instruments: { phq9: [3, null, null, null, null, null, null, null, null] } };
    const { draft, marks } = fillFromRecord(begun, prefill);
    expect(draft.instruments.phq9).toEqual(begun.instruments.phq9);
    expect(marks).toEqual(['instruments.gad7']);
  });
  it('changes nothing when the record has nothing', () => {
    const none = { ...prefill, instruments: [] };
    expect(fillFromRecord(EMPTY_DRAFT, none)).toEqual({ draft: EMPTY_DRAFT, marks: [] });
  });
});
