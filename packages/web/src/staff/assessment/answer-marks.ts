import type { Draft } from './draft.js';

/**
 * Answers the clinician did not give today and has not yet confirmed: filled from the person's own
 * self-assessment, carried forward from the last assessment at a reassessment, or read from the health
 * record carelevel was launched from (SMART launch). Each stays marked until it is confirmed or changed,
 * so nothing reaches a determination unseen.
 */
export type AnswerSource = 'self-assessment' | 'last-assessment' | 'health-record';
export type AnswerMarks = ReadonlyMap<string, AnswerSource>;

/** The mark a filled answer carries: on a field's case path, or a list or an instrument. */
export const SUBSTANCES_MARK = 'substances';
export const EPISODES_MARK = 'relapsePotential.priorEpisodes';
export const instrumentMark = (key: string): string => `instruments.${key}`;

/** Paths that are never marked: the interview's own day is always today's. */
const NEVER_MARKED = new Set(['assessedOn']);

/** Every answer a draft holds, by its mark. */
export function answeredMarks(draft: Draft): string[] {
  return [
    ...Object.entries(draft.values)
      .filter(([path, v]) => v.trim() !== '' && !NEVER_MARKED.has(path))
      .map(([path]) => path),
    ...Object.entries(draft.instruments)
      .filter(([, items]) => items.some((i) => i !== null))
      .map(([key]) => instrumentMark(key)),
    ...(draft.substances.length > 0 || draft.emptyLists?.includes(SUBSTANCES_MARK) ? [SUBSTANCES_MARK] : []),
    ...(draft.priorEpisodes.length > 0 || draft.emptyLists?.includes(EPISODES_MARK) ? [EPISODES_MARK] : []),
  ];
}

export const marked = (paths: readonly string[], source: AnswerSource): AnswerMarks => new Map(paths.map((p) => [p, source]));

/** Marks with one removed (confirmed, or changed by the clinician). */
export function withoutMark(marks: AnswerMarks, mark: string): AnswerMarks {
  if (!marks.has(mark)) return marks;
  const next = new Map(marks);
  next.delete(mark);
  return next;
}
