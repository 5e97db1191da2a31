import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEPS } from '../questions/question-set.js';
import type { Answers } from '../questions/question-types.js';
import { ANSWER_CODE_V1 } from './answer-code-v1.js';
import { decodeAnswers, encodeAnswers } from './answer-code.js';
import { VIGNETTE_ANSWERS } from './vignette-answers.js';

describe('the answer code a person brings to intake', () => {
  it('gives back every answer of every vignette, exactly', () => {
    for (const { vignette, answers } of VIGNETTE_ANSWERS) {
      const code = encodeAnswers(answers);
      const read = decodeAnswers(code);
      expect(read, vignette).toEqual({ ok: true, answers: normalised(answers), version: 1 });
    }
  });

  it('is short enough to type: CL1 and at most 16 groups of four', () => {
    const full = VIGNETTE_ANSWERS.map((v) => encodeAnswers(v.answers));
    for (const code of full) {
      expect(code).toMatch(/^CL1(-[0-9A-HJKMNP-TV-Z]{1,4}){1,16}$/);
    }
  });

  it('reads a code however it was typed: lower case, spaces, no dashes, O for 0 and I or L for 1', () => {
    const code = encodeAnswers(VIGNETTE_ANSWERS[0]!.answers);
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeAnswers(sloppy)).toEqual(decodeAnswers(code));
  });

  it('refuses a mistyped code instead of misreading it', () => {
    const code = encodeAnswers(VIGNETTE_ANSWERS[1]!.answers);
    const chars = code.split('');
    // Change each character of the body in turn: the check byte catches every one.
    for (let i = 4; i < chars.length; i++) {
      if (chars[i] === '-') continue;
      const typo = [...chars];
      typo[i] = chars[i] === 'A' ? 'B' : 'A';
      expect(decodeAnswers(typo.join('')).ok, `typo at ${String(i)}`).toBe(false);
    }
    expect(decodeAnswers('hello')).toEqual({ ok: false, problem: 'not-a-code' });
    expect(decodeAnswers('CL9-AAAA')).toEqual({ ok: false, problem: 'unknown-version' });
  });

  it('round-trips any answers the questions allow', () => {
    const answer = (row: (typeof ANSWER_CODE_V1)[number]): fc.Arbitrary<[string, string | string[]] | null> => {
      if (row[1] === 'single') return fc.option(fc.constantFrom(...row[2]).map((v) => [row[0], v] as [string, string]));
      if (row[1] === 'multi') return fc.subarray([...row[2]], { minLength: 1 }).map((v) => [row[0], v] as [string, string[]]);
      const max = row[1] === 'age' ? 120 : 99999;
      return fc.option(
        fc.integer({ min: 1, max }).map((n) => [row[0], row[1] === 'zip' ? String(n).padStart(5, '0') : String(n)] as [string, string]),
      );
    };
    fc.assert(
      fc.property(fc.tuple(...ANSWER_CODE_V1.map(answer)), (pairs) => {
        const answers = Object.fromEntries(pairs.filter((p): p is [string, string | string[]] => p !== null));
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ ok: true, answers: normalised(answers), version: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('knows every question and option the self-assessment asks today (a change needs a new code version)', () => {
    const today = STEPS.flatMap((s) => s.questions).map((q) =>
      'options' in q ? [q.id, q.kind, q.options.map((o) => o.id)] : [q.id, q.kind],
    );
    expect(ANSWER_CODE_V1.map((r) => [...r].map((x) => (Array.isArray(x) ? [...x] : x)))).toEqual(today);
  });
});

/** What a code can say: answers the code knows, multi-choice ticks in the table's order. */
function normalised(a: Answers): Answers {
  const out: Record<string, string | readonly string[]> = {};
  for (const row of ANSWER_CODE_V1) {
    const v = a[row[0]];
    if (v === undefined) continue;
    if (row[1] === 'multi') {
      const ticks = row[2].filter((o) => Array.isArray(v) && v.includes(o));
      if (ticks.length > 0) out[row[0]] = ticks;
    } else if (typeof v === 'string') {
      if (row[1] === 'single' && !row[2].includes(v)) continue;
      out[row[0]] = row[1] === 'zip' ? v.padStart(5, '0') : v;
    }
  }
  return out;
}
