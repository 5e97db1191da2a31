import { DISORDER_SEVERITIES, EPISODE_OUTCOMES, INSTRUMENT_BY_KEY, LEVEL_CODES, ROUTES, SUBSTANCES } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_FIELDS } from '../assessment/interview-fields.js';
import { chooseLanguage } from './language.js';
import { staffEn } from './staff-en.js';
import { staffEs } from './staff-es.js';
import { engineWordsFor, wordsFor } from './words.js';

interface Leaf {
  readonly path: string;
  readonly text: string;
}

// Counts 1 and 2 (Spanish agrees differently with each). Arguments are numbers or strings and the
// types are gone at run time, so each function gets numbers, then a number and strings, then strings.
const COUNTS = [1, 2] as const;
const ISO = '2026-11-28T15:00:00Z';

function call(f: (...a: unknown[]) => unknown, n: number, path: string): string {
  const text = String(n);
  const tries: unknown[][] = /(?:Since|Until)$/.test(path)
    ? [[ISO]]
    : [
        [n, n, n],
        [n, text, text],
        [text, text, text],
      ];
  for (const args of tries) {
    try {
      return String(f(...args));
    } catch {
      // A string method on a number argument: try the next shape.
    }
  }
  throw new Error(`no sample arguments fit ${path}`);
}

/** Every string of a dictionary, and every function's answer for each count, by path. */
function leaves(value: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (typeof value === 'function')
    COUNTS.forEach((n) => out.push({ path: `${path}(${n})`, text: call(value as (...a: unknown[]) => unknown, n, path) }));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

/**
 * Entries that are rightly the same in both languages: names, numbers and symbols, and the few words
 * Spanish shares with English. Anything else identical is a string someone forgot to translate.
 */
const SAME_IN_BOTH = new Set([
  'forms.no',
  'forms.errorPrefix',
  'assessment.recordTotal(1)',
  'assessment.recordTotal(2)',
  'people.recordTitle(1)',
  'people.recordTitle(2)',
  'assessment.noAnswer',
  'transitions.fromTo(1)',
  'transitions.fromTo(2)',
  'transitions.ratingChange(1)',
  'transitions.ratingChange(2)',
  'assessment.crisis',
  'dashboard.none',
]);

describe('the Spanish staff dictionary', () => {
  const es = leaves(staffEs, '');
  const en = new Map(leaves(staffEn, '').map((l) => [l.path, l.text]));

  it('has a non-empty string for every entry and every sample of every function', () => {
    expect(es.filter((l) => l.text.trim() === '' || l.text.includes('undefined') || l.text.includes('NaN'))).toEqual([]);
  });

  it('leaves nothing in English except what is rightly the same (names, numbers, symbols)', () => {
    const same = es.filter((l) => en.get(l.path) === l.text && !SAME_IN_BOTH.has(l.path)).map((l) => `${l.path}: ${l.text}`);
    expect(same).toEqual([]);
  });

  it('keeps its allow-list honest: every allowed entry exists and is the same in both', () => {
    const esByPath = new Map(es.map((l) => [l.path, l.text]));
    expect([...SAME_IN_BOTH].filter((p) => esByPath.get(p) === undefined || esByPath.get(p) !== en.get(p))).toEqual([]);
  });

  it('has words for every value code the workspace shows, so no English code shows through', () => {
    const bands = Object.values(INSTRUMENT_BY_KEY).flatMap((d) =>
      'bands' in d && Array.isArray(d.bands) ? d.bands.map((b: { band: string }) => b.band) : [],
    );
    const offered = INTERVIEW_FIELDS.flatMap((f) => ('options' in f ? f.options : []));
    const codes = new Set([...offered, ...EPISODE_OUTCOMES, ...ROUTES, ...DISORDER_SEVERITIES, ...bands]);
    const engineNamed = new Set<string>([...LEVEL_CODES, ...SUBSTANCES]);
    const missing = [...codes].filter((c) => !engineNamed.has(c) && staffEs.assessment.values[c] === undefined);
    expect(missing).toEqual([]);
  });

  it('has a short tag for every instrument item, so no English item key shows through', () => {
    const keys = Object.values(INSTRUMENT_BY_KEY).flatMap((d) => d.items.map((i) => i.key));
    expect(keys.filter((k) => staffEs.assessment.itemTags[k] === undefined)).toEqual([]);
  });

  it('makes a count agree with its noun: 1 with the singular, more with the plural', () => {
    const bad: string[] = [];
    // After a number, these words are not a counted noun ("1 de 3", "del 2 al 9", "firmada por 2 el 2").
    const notNouns = new Set(['de', 'del', 'a', 'al', 'el', 'la', 'y', 'o', 'en', 'para', 'con', 'más']);
    for (const { path, text } of es) {
      if (path.endsWith('(1)'))
        for (const m of text.matchAll(/(?<![\d.,])1 (\p{L}+)/gu))
          if (/s$/u.test(m[1]!) && !notNouns.has(m[1]!)) bad.push(`${path}: ${text}`);
      if (path.endsWith('(2)'))
        for (const m of text.matchAll(/(?<![\d.,])[25] (\p{L}+)/gu))
          if (!/s$/u.test(m[1]!) && !notNouns.has(m[1]!)) bad.push(`${path}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes dates as Spanish does, in the dictionary that formats them itself', () => {
    expect(staffEs.users.disabledSince('2026-11-28T15:00:00Z')).toMatch(/^Desactivada desde el 28\/11\/2026/);
    expect(staffEn.users.disabledSince('2026-11-28T15:00:00Z')).toMatch(/^Disabled since 11\/28\/2026/);
  });

  it('matches the engine and the other dictionary by language', () => {
    expect(wordsFor('es')).toBe(staffEs);
    expect(wordsFor('en')).toBe(staffEn);
    expect(engineWordsFor('es').dateLocale).toBe('es-US');
  });
});

describe('choosing the workspace language', () => {
  it('keeps a stored choice over the browser, else takes the first language we speak, else English', () => {
    expect(chooseLanguage('es', ['en-US'])).toBe('es');
    expect(chooseLanguage('en', ['es-MX'])).toBe('en');
    expect(chooseLanguage(null, ['es-MX', 'en'])).toBe('es');
    expect(chooseLanguage(null, ['fr-FR', 'es-419'])).toBe('es');
    expect(chooseLanguage(null, ['fr-FR', 'en-GB', 'es'])).toBe('en');
    expect(chooseLanguage('de', ['fr'])).toBe('en');
    expect(chooseLanguage(undefined, [])).toBe('en');
  });
});
