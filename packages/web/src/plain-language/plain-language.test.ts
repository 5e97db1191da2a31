import { LOCALE_MESSAGES } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
// The printed plan's words live with the server's PDF renderer; read in place (pure data, no I/O).
import { PLAN_WORDS } from '../../../server/src/aftercare/pdf/plan-words.js';
import { staffEn } from '../staff/i18n/staff-en.js';
import { publicEnglishText } from './public-text.js';
import { readingGrade, syllables } from './reading-grade.js';

describe('syllables', () => {
  it.each([
    ['the', 1],
    ['drink', 1],
    ['make', 1],
    ['used', 1],
    ['table', 2],
    ['water', 2],
    ['program', 2],
    ['treatment', 2],
    ['insurance', 3],
    ['medicine', 3],
    ['hospital', 3],
    ['residential', 4],
    ['withdrawal', 3],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('readingGrade (Flesch–Kincaid)', () => {
  it('scores a children’s sentence low and a dense clinical one high', () => {
    expect(readingGrade(['The cat sat on the mat. It was a good day.']).grade).toBeLessThan(2);
    expect(
      readingGrade([
        'Comprehensive multidimensional biopsychosocial evaluation necessitates individualized interdisciplinary consideration.',
      ]).grade,
    ).toBeGreaterThan(16);
  });
});

describe('the public English text reads at grade 8 or below', () => {
  const { pages, questions } = publicEnglishText();

  it('page words', () => {
    const s = readingGrade(pages);
    expect(s.words).toBeGreaterThan(800);
    expect(s.grade).toBeLessThanOrEqual(8);
  });

  it('questions and answers, for oneself and for a loved one', () => {
    const s = readingGrade(questions);
    expect(s.words).toBeGreaterThan(800);
    expect(s.grade).toBeLessThanOrEqual(8);
  });

  // Short labels ("Yes", "Mornings") pull an average down, so prose is also held to the bar without them.
  it('the prose alone (texts of 8 words or more)', () => {
    const prose = [...pages, ...questions].filter((t) => t.split(/\s+/).length >= 8);
    expect(prose.length).toBeGreaterThan(100);
    expect(readingGrade(prose).grade).toBeLessThanOrEqual(8);
  });

  it('each longer passage on its own, so no hard paragraph hides in the average', () => {
    const long = [...pages, ...questions].filter((t) => t.split(/\s+/).length >= 15);
    expect(long.length).toBeGreaterThan(10);
    for (const t of long) expect(readingGrade([t]).grade, t).toBeLessThanOrEqual(8);
  });

  it('the engine’s sentences the result page shows (reasons, what would change, crisis help)', () => {
    const m = LOCALE_MESSAGES.en;
    const engine = [...Object.values(m.reason), ...Object.values(m.change), ...Object.values(m.crisis), m.notice].map((t) =>
      t.replace(/\{[^}]*\}/g, 'it'),
    );
    expect(readingGrade(engine).grade).toBeLessThanOrEqual(8);
  });
});

describe('the person’s copy of an aftercare plan reads at grade 8 or below', () => {
  // What the person takes home: the printed plan's words (server), the on-screen copy's headings (staff
  // workspace) and the engine's sentences for each part of the plan.
  const stringsOf = (o: object): string[] =>
    Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'function' ? [(v as (n: number) => string)(7)] : []));
  const copyKeys = Object.keys(staffEn.aftercare).filter((k) => k.startsWith('copy'));
  const personWords = [
    ...stringsOf(PLAN_WORDS.en).filter((t) => !/clinician|code|level|version|care team$/i.test(t)),
    ...copyKeys.flatMap((k) => stringsOf({ k: (staffEn.aftercare as Record<string, unknown>)[k] })),
    ...Object.values(LOCALE_MESSAGES.en.aftercare),
    ...Object.values(LOCALE_MESSAGES.en.aftercareComponent),
  ];

  it('as a whole and passage by passage', () => {
    expect(personWords.length).toBeGreaterThan(40);
    expect(readingGrade(personWords).grade).toBeLessThanOrEqual(8);
    for (const t of personWords.filter((x) => x.split(/\s+/).length >= 12)) expect(readingGrade([t]).grade, t).toBeLessThanOrEqual(8);
  });
});
