import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../assessment/answer-code.js';
import { VIGNETTE_ANSWERS } from '../../assessment/vignette-answers.js';
import { buildCase, EMPTY_DRAFT } from './draft.js';
import { instrumentMark, SUBSTANCES_MARK } from './answer-marks.js';
import { fillFromCode } from './self-assessment-code.js';

const first = VIGNETTE_ANSWERS[0];
if (!first) throw new Error('no vignette answers');

describe("filling the interview from the person's answer code", () => {
  it('fills the answers the code gives and marks each one, keeping the day of the assessment', () => {
    const draft = { ...EMPTY_DRAFT, values: { assessedOn: '2026-12-05', 'practical.zip': '10001' } };
    const read = fillFromCode(encodeAnswers(first.answers).toLowerCase(), draft, '2026-12-05');
    if (!read.ok) throw new Error(read.problem);
    expect(read.draft.values).toMatchObject({
      assessedOn: '2026-12-05',
      ageYears: '41',
      'practical.coverage': 'private',
      'practical.zip': '97201',
      'practical.scheduleWindows': 'evening',
    });
    expect(read.draft.substances[0]).toMatchObject({ name: 'alcohol', daysUsedLast30: '4' });
    expect(read.marks).toEqual(expect.arrayContaining(['ageYears', 'practical.coverage', SUBSTANCES_MARK, instrumentMark('auditC')]));
    expect(read.marks).not.toContain('assessedOn');
    // The filled draft is a case the interview sends as it is.
    expect(buildCase(read.draft, { partialInstruments: 'send' })).toMatchObject({ ageYears: 41, practical: { coverage: 'private' } });
  });

  it('says plainly what is wrong with a code it cannot read', () => {
    expect(fillFromCode('  ', EMPTY_DRAFT)).toEqual({ ok: false, problem: 'empty' });
    expect(fillFromCode('hello', EMPTY_DRAFT)).toEqual({ ok: false, problem: 'not-a-code' });
    const code = encodeAnswers(first.answers);
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(fillFromCode(typo, EMPTY_DRAFT)).toEqual({ ok: false, problem: 'damaged' });
    expect(fillFromCode('CL9-ABCD', EMPTY_DRAFT)).toEqual({ ok: false, problem: 'unknown-version' });
  });
});
