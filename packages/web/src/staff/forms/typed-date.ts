/**
 * Dates as people type them. A clinician copies a birth date from a form, an ID card or a referral
 * letter: "3/27/1984", "27.03.1984", "March 27, 1984", "27 de marzo de 1984", "1984-03-27". Each is
 * read to one calendar day, and the field says back which day it read, in words, so a month and a
 * day swapped by the order the reader assumed is seen before it is saved.
 */

/** Which comes first in an all-number date: month (United States) or day (Spanish and most others). */
export type DayOrder = 'mdy' | 'dmy';

export type DateReading = { readonly kind: 'empty' } | { readonly kind: 'date'; readonly iso: string } | { readonly kind: 'unreadable' };

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january', 'jan', 'enero', 'ene'],
    ['february', 'feb', 'febrero'],
    ['march', 'mar', 'marzo'],
    ['april', 'apr', 'abril', 'abr'],
    ['may', 'mayo'],
    ['june', 'jun', 'junio'],
    ['july', 'jul', 'julio'],
    ['august', 'aug', 'agosto', 'ago'],
    ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set'],
    ['october', 'oct', 'octubre'],
    ['november', 'nov', 'noviembre'],
    ['december', 'dec', 'diciembre', 'dic'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A two-digit year is this century's unless that would put it more than a year ahead of today: "84"
 * on a birth date is 1984, "27" on an admission date typed in 2026 is 2027.
 */
function fullYear(text: string, todayYear: number): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  const century = Math.floor(todayYear / 100) * 100;
  return century + n > todayYear + 1 ? century - 100 + n : century + n;
}

/** Read what was typed; `today` (YYYY-MM-DD) only places two-digit years. */
export function readTypedDate(typed: string, order: DayOrder, today: string): DateReading {
  const text = typed
    .trim()
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  if (text === '') return { kind: 'empty' };
  const todayYear = Number(today.slice(0, 4));
  const found = readNumbers(text, order, todayYear) ?? readWithMonthName(text, todayYear);
  return found ? { kind: 'date', iso: found } : { kind: 'unreadable' };
}

function readNumbers(text: string, order: DayOrder, todayYear: number): string | null {
  const iso = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const three = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(text);
  if (three) {
    const [a, b] = [Number(three[1]), Number(three[2])];
    const year = fullYear(three[3]!, todayYear);
    return order === 'mdy' ? isoOf(year, a, b) : isoOf(year, b, a);
  }
  const packed = /^\d{8}$/.exec(text);
  if (packed) {
    const asIso = isoOf(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
    if (asIso && /^(19|20)/.test(text)) return asIso;
    const [a, b, year] = [Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4))];
    return order === 'mdy' ? isoOf(year, a, b) : isoOf(year, b, a);
  }
  return null;
}

function readWithMonthName(text: string, todayYear: number): string | null {
  const words = text
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'de' && w !== 'del' && w !== 'of');
  if (words.length !== 3) return null;
  const monthAt = words.findIndex((w) => MONTHS[w] !== undefined);
  if (monthAt === -1 || monthAt === 2) return null;
  const month = MONTHS[words[monthAt]!]!;
  const rest = words.filter((_, i) => i !== monthAt);
  if (!rest.every((w) => /^\d+$/.test(w))) return null;
  // "March 27 1984" and "27 March 1984": the day is the number beside the month, the year the last.
  const [day, year] = [Number(rest[0]), rest[1]!];
  if (year.length !== 2 && year.length !== 4) return null;
  return isoOf(fullYear(year, todayYear), month, day);
}

/** What to send: the day read, or what was typed (so the server names the field and the rule). */
export function dateToSend(typed: string, order: DayOrder, today: string): string {
  const r = readTypedDate(typed, order, today);
  return r.kind === 'date' ? r.iso : typed.trim();
}

/** A stored day in words, for saying back which day was read ("March 27, 1984"). */
export function dayInWords(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
