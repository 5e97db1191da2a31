import { describe, expect, it } from 'vitest';
import { MEDICATIONS, PAYMENTS, POPULATIONS, SCHEDULE_TRACKS, SERVICES, WITHDRAWAL_SETTINGS } from '../model/vocabulary.js';
import { LEVEL_CODES } from '@carelevel/engine';
import { DIRECTORY_MESSAGE_CODES } from './directory-locale.js';
import { DIRECTORY_LOCALES, renderDirectoryMessage } from './render-message.js';

describe('directory words in English and Spanish', () => {
  it('have a sentence for every code in both languages', () => {
    for (const locale of Object.values(DIRECTORY_LOCALES)) {
      expect(Object.keys(locale.messages).sort()).toEqual([...DIRECTORY_MESSAGE_CODES].sort());
    }
  });

  it('have a word for every value a fact can carry', () => {
    const values = [...LEVEL_CODES, ...WITHDRAWAL_SETTINGS, ...MEDICATIONS, ...PAYMENTS, ...SERVICES, ...POPULATIONS, ...SCHEDULE_TRACKS];
    for (const locale of Object.values(DIRECTORY_LOCALES)) for (const v of values) expect(locale.values[v], v).toBeTruthy();
  });

  it('render a misfit in each language', () => {
    const m = { code: 'no-schedule-track', facts: { track: 'evening' } };
    expect(renderDirectoryMessage(m, DIRECTORY_LOCALES.en)).toBe('No evening track');
    expect(renderDirectoryMessage(m, DIRECTORY_LOCALES.es)).toBe('No indica horario de noche');
    expect(renderDirectoryMessage({ code: 'speaks-language', facts: { language: 'es' } }, DIRECTORY_LOCALES.en)).toBe(
      'Services in Spanish',
    );
  });
});
