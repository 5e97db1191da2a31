import { describe, expect, it } from 'vitest';
import { dateToSend, dayInWords, readTypedDate } from './typed-date.js';

const TODAY = '2026-12-05';
const read = (typed: string, order: 'mdy' | 'dmy' = 'mdy') => readTypedDate(typed, order, TODAY);
const day = (iso: string) => ({ kind: 'date', iso });

describe('a date as people type it', () => {
  it('reads the stored form and its look-alikes', () => {
    expect(read('1984-03-27')).toEqual(day('1984-03-27'));
    expect(read(' 1984/3/27 ')).toEqual(day('1984-03-27'));
    expect(read('19840327')).toEqual(day('1984-03-27'));
  });

  it('reads month first in English and day first in Spanish', () => {
    expect(read('3/4/1990', 'mdy')).toEqual(day('1990-03-04'));
    expect(read('3/4/1990', 'dmy')).toEqual(day('1990-04-03'));
    expect(read('27.03.1984', 'dmy')).toEqual(day('1984-03-27'));
    expect(read('03271984', 'mdy')).toEqual(day('1984-03-27'));
  });

  it('reads month names in English and Spanish, in either place', () => {
    expect(read('March 27, 1984')).toEqual(day('1984-03-27'));
    expect(read('27 Mar 1984')).toEqual(day('1984-03-27'));
    expect(read('27th of March 1984')).toEqual(day('1984-03-27'));
    expect(read('27 de marzo de 1984', 'dmy')).toEqual(day('1984-03-27'));
    expect(read('Sept. 1, 2026')).toEqual(day('2026-09-01'));
  });

  it('places a two-digit year in the century that keeps it no more than a year ahead', () => {
    expect(read('3/27/84')).toEqual(day('1984-03-27'));
    expect(read('1/15/27')).toEqual(day('2027-01-15'));
    expect(read('1/15/28')).toEqual(day('1928-01-15'));
  });

  it('refuses days that are not on the calendar rather than rolling them over', () => {
    expect(read('2/30/2026')).toEqual({ kind: 'unreadable' });
    expect(read('2025-02-29')).toEqual({ kind: 'unreadable' });
    expect(read('2024-02-29')).toEqual(day('2024-02-29'));
    expect(read('13/1/2026', 'mdy')).toEqual({ kind: 'unreadable' });
    expect(read('next tuesday')).toEqual({ kind: 'unreadable' });
    expect(read('March 1984')).toEqual({ kind: 'unreadable' });
  });

  it('tells empty apart from unreadable', () => {
    expect(read('   ')).toEqual({ kind: 'empty' });
  });

  it('sends the day read, or what was typed so the server can name the rule', () => {
    expect(dateToSend('3/27/1984', 'mdy', TODAY)).toBe('1984-03-27');
    expect(dateToSend(' soon ', 'mdy', TODAY)).toBe('soon');
  });

  it('says the day back in words in the reader’s language', () => {
    expect(dayInWords('1984-03-27', 'en-US')).toBe('March 27, 1984');
    expect(dayInWords('1984-03-27', 'es-US')).toBe('27 de marzo de 1984');
  });
});
