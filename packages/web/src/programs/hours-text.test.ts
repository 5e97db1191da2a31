import { describe, expect, it } from 'vitest';
import { hoursLines, type HoursWords } from './hours-text.js';

const en: HoursWords = {
  open24Hours: 'Open 24 hours, every day',
  dayRange: (a, b) => `${a} to ${b}`,
  times: (d, o, c) => `${d}: ${o} to ${c}`,
  midnight: 'midnight',
  closedOtherDays: 'Closed other days',
  note: (n) => `Note from the program: ${n}`,
};
const es: HoursWords = {
  open24Hours: 'Abierto las 24 horas, todos los días',
  dayRange: (a, b) => `${a} a ${b}`,
  times: (d, o, c) => `${d}: de ${o} a ${c}`,
  midnight: 'medianoche',
  closedOtherDays: 'Cerrado los demás días',
  note: (n) => `Nota del programa: ${n}`,
};
const week = {
  open24Hours: false,
  times: [
    { day: 'mon', opens: '08:00', closes: '17:00' },
    { day: 'tue', opens: '08:00', closes: '17:00' },
    { day: 'wed', opens: '08:00', closes: '17:00' },
    { day: 'thu', opens: '08:00', closes: '20:30' },
    { day: 'fri', opens: '08:00', closes: '17:00' },
    { day: 'sat', opens: '18:00', closes: '24:00' },
  ],
  note: 'Walk-ins until 2 pm',
} as const;

describe('hours in plain words', () => {
  it('joins the days in a row that share a range, names the others, and ends with the note', () => {
    expect(hoursLines(week, en, 'en-US')).toEqual([
      'Monday to Wednesday: 8:00 AM to 5:00 PM',
      'Thursday: 8:00 AM to 8:30 PM',
      'Friday: 8:00 AM to 5:00 PM',
      'Saturday: 6:00 PM to midnight',
      'Closed other days',
      'Note from the program: Walk-ins until 2 pm',
    ]);
  });

  it('reads in Spanish with the locale’s day names and clock', () => {
    const lines = hoursLines(week, es, 'es-US');
    expect(lines[0]).toMatch(/^Lunes a miércoles: de 8:00 a/);
    expect(lines.at(-2)).toBe('Cerrado los demás días');
  });

  it('says open 24 hours, every day, and nothing about other days', () => {
    expect(hoursLines({ open24Hours: true, times: [], note: '' }, en, 'en-US')).toEqual(['Open 24 hours, every day']);
  });
});
