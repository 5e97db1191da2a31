import { decodeAnswers } from '../../assessment/answer-code.js';
import { buildCase } from '../../assessment/build-case.js';
import { localToday } from '../../local-date.js';
import { answeredMarks } from './answer-marks.js';
import { draftFromCase, type Draft } from './draft.js';

export type CodeReading =
  | { readonly ok: true; readonly draft: Draft; readonly marks: readonly string[] }
  | { readonly ok: false; readonly problem: 'empty' | 'not-a-code' | 'unknown-version' | 'damaged' };

/**
 * The person's answer code (from their printed or on-screen summary) read into the interview, on this
 * device: the code's answers become the same case the public page built from them, and that case
 * fills the draft. Answers the code gives replace the draft's; the rest of the draft stays. Every
 * filled answer is marked, so the clinician confirms it before relying on it.
 */
export function fillFromCode(code: string, draft: Draft, today: string = localToday()): CodeReading {
  if (code.trim() === '') return { ok: false, problem: 'empty' };
  const read = decodeAnswers(code);
  if (!read.ok) return read;
  const from = draftFromCase(buildCase(read.answers, today));
  const values = Object.fromEntries(Object.entries(from.values).filter(([path]) => path !== 'assessedOn'));
  const instruments = Object.fromEntries(Object.entries(from.instruments).filter(([, items]) => items.some((i) => i !== null)));
  const marks = answeredMarks({
    values,
    instruments,
    substances: from.substances,
    priorEpisodes: from.priorEpisodes,
  });
  return {
    ok: true,
    marks,
    draft: {
      ...draft,
      values: { ...draft.values, ...values },
      instruments: { ...draft.instruments, ...instruments },
      substances: from.substances.length > 0 ? from.substances : draft.substances,
      priorEpisodes: from.priorEpisodes.length > 0 ? from.priorEpisodes : draft.priorEpisodes,
    },
  };
}
