/**
 * Flesch–Kincaid grade level, with a small English syllable counter. The counter follows the usual
 * vowel-group rule with fixes for silent e, -le, -ed and -es endings; on plain text it lands within
 * a syllable of a dictionary for almost every word, which is close enough to hold a grade bar.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "used", "takes" (but keep "-ted/-ded" and "-le" as in "table").
  w = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface TextStats {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  readonly grade: number;
}

/** Each text is at least one sentence (a label or a question is one unit of reading). */
export function readingGrade(texts: readonly string[]): TextStats {
  let sentences = 0;
  let words = 0;
  let syl = 0;
  for (const text of texts) {
    const parts = text.split(/[.!?;:]+(?:\s|$)/).filter((p) => /[A-Za-z]/.test(p));
    for (const part of parts) {
      const ws = part.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
      if (ws.length === 0) continue;
      sentences++;
      words += ws.length;
      for (const w of ws) for (const piece of w.split('-')) syl += syllables(piece);
    }
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syl / words) - 15.59;
  return { sentences, words, syllables: syl, grade: Math.round(grade * 10) / 10 };
}
