import { describe, expect, it } from 'vitest';
import { UI } from '../i18n/i18n.js';
import type { ProgramResult, ProgramSearchResponse } from './program-search.js';
import { statusText } from './status-text.js';

const res = (total: number, shown: number): ProgramSearchResponse => ({
  near: '97201',
  choices: [],
  total,
  offset: 0,
  limit: 20,
  results: Array.from({ length: shown }, (_, i) => ({ id: String(i) }) as ProgramResult),
  suggestions: [],
  helpline: '',
});
const say = (total: number, shown: number, lang: 'en' | 'es' = 'en'): string =>
  statusText({ kind: 'done', res: res(total, shown), radius: 25 }, UI[lang].programs);

describe('the line read after a search', () => {
  it('counts in the singular and the plural', () => {
    expect(say(1, 1)).toBe('1 program found');
    expect(say(2, 2)).toBe('2 programs found');
    expect(say(1, 1, 'es')).toBe('1 programa encontrado');
    expect(say(0, 0)).toBe(UI.en.programs.none);
  });
  it('says when only the closest page of programs is shown', () => {
    expect(say(27, 20)).toMatch(/^27 programs found\. Here are the 20 closest/);
  });
});
