import type { ProgramHit } from '@carelevel/contract';
import { WEEKDAYS, type Weekday } from '@carelevel/directory/vocabulary';

export type ProgramHours = NonNullable<ProgramHit['hours']>;

/** The words a reader's language gives hours; weekday names and times come from Intl in its locale. */
export interface HoursWords {
  readonly open24Hours: string;
  /** "Monday to Friday" */
  readonly dayRange: (first: string, last: string) => string;
  /** "Monday to Friday: 8:00 AM to 5:00 PM" */
  readonly times: (days: string, opens: string, closes: string) => string;
  readonly midnight: string;
  readonly closedOtherDays: string;
  /** The program's own note, as a line ("Note from the program: …"). */
  readonly note: (note: string) => string;
}

// 5 January 2026 is a Monday: WEEKDAYS[i] is that day plus i.
const weekdayDate = (day: Weekday): Date => new Date(Date.UTC(2026, 0, 5 + WEEKDAYS.indexOf(day), 12));

const capitalized = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * A program's hours as short lines in plain words: "Open 24 hours, every day", or the days that share
 * one range joined ("Monday to Friday: 8:00 AM to 5:00 PM"), then "Closed other days" when some are
 * not named, then the program's note.
 */
export function hoursLines(hours: ProgramHours, w: HoursWords, locale: string): string[] {
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const time = (hhmm: string): string => {
    if (hhmm === '24:00') return w.midnight;
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return clock.format(new Date(Date.UTC(2026, 0, 5, h, m)));
  };
  const lines: string[] = [];
  if (hours.open24Hours) lines.push(w.open24Hours);
  else {
    const byDay = new Map(hours.times.map((t) => [t.day, t]));
    let run: Weekday[] = [];
    const flush = (): void => {
      const first = run[0];
      const last = run[run.length - 1];
      const t = first ? byDay.get(first) : undefined;
      if (!first || !last || !t) return;
      const days =
        run.length === 1
          ? dayName.format(weekdayDate(first))
          : w.dayRange(dayName.format(weekdayDate(first)), dayName.format(weekdayDate(last)));
      lines.push(capitalized(w.times(days, time(t.opens), time(t.closes))));
      run = [];
    };
    for (const day of WEEKDAYS) {
      const t = byDay.get(day);
      const prev = run.length > 0 ? byDay.get(run[run.length - 1] as Weekday) : undefined;
      if (!t || (prev && (prev.opens !== t.opens || prev.closes !== t.closes))) flush();
      if (t) run.push(day);
    }
    flush();
    if (byDay.size < WEEKDAYS.length && byDay.size > 0) lines.push(w.closedOtherDays);
  }
  if (hours.note) lines.push(w.note(hours.note));
  return lines;
}
