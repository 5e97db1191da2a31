import type { Coordinates } from '../model/program.js';

/**
 * Rules for single values, shared by every importer. Each returns the clean value or a message that
 * names the rule broken; none of them throws or touches I/O.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(message: string): Checked<T> => ({ ok: false, message });

/** USPS codes of the states, DC and the territories the locator lists. */
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;
const TERRITORIES = ['PR', 'GU', 'VI', 'AS', 'MP', 'FM', 'MH', 'PW'] as const;
const STATE_SET: ReadonlySet<string> = new Set<string>([...US_STATES, ...TERRITORIES]);

export function checkState(raw: string): Checked<string> {
  const v = raw.trim().toUpperCase();
  return STATE_SET.has(v) ? ok(v) : fail(`must be a two-letter US state or territory code, got "${raw}"`);
}

/**
 * Five-digit ZIP, restoring leading zeros lost when a spreadsheet read the column as a number
 * ("6708" is "06708"). A ZIP+4 keeps its first five digits.
 */
export function checkZip(raw: string): Checked<string> {
  const v = raw.trim();
  const m = /^(\d{3,5})(?:-\d{4})?$/.exec(v);
  if (!m || m[1] === undefined) return fail(`must be a 5-digit ZIP code (or ZIP+4), got "${raw}"`);
  return ok(m[1].padStart(5, '0'));
}

export function isMissing(raw: string | undefined): boolean {
  const v = raw?.trim() ?? '';
  return v === '' || v === 'NA' || v === 'N/A' || v.toLowerCase() === 'null';
}

function parseNumber(raw: string): number | undefined {
  const v = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return undefined;
  return Number(v);
}

/**
 * Latitude and longitude together: both or neither. Values outside the earth, or swapped so that a
 * US longitude sits in the latitude column, are errors rather than silently wrong pins.
 */
export function checkCoordinates(latRaw: string, lonRaw: string): Checked<Coordinates | null> & { field?: 'latitude' | 'longitude' } {
  const latMissing = isMissing(latRaw);
  const lonMissing = isMissing(lonRaw);
  if (latMissing && lonMissing) return ok(null);
  if (latMissing) return { ...fail<Coordinates | null>('is missing while longitude is given; give both or neither'), field: 'latitude' };
  if (lonMissing) return { ...fail<Coordinates | null>('is missing while latitude is given; give both or neither'), field: 'longitude' };
  const lat = parseNumber(latRaw);
  const lon = parseNumber(lonRaw);
  if (lat === undefined || lat < -90 || lat > 90)
    return { ...fail<Coordinates | null>(`must be a number from -90 to 90, got "${latRaw}"`), field: 'latitude' };
  if (lon === undefined || lon < -180 || lon > 180)
    return { ...fail<Coordinates | null>(`must be a number from -180 to 180, got "${lonRaw}"`), field: 'longitude' };
  return ok({ lat, lon });
}

export function checkNonNegativeInteger(raw: string): Checked<number> {
  const v = raw.trim();
  return /^\d{1,7}$/.test(v) ? ok(Number(v)) : fail(`must be a whole number 0 or more, got "${raw}"`);
}

export function checkDate(raw: string): Checked<string> {
  const v = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (!m) return fail(`must be a date like 2025-01-31, got "${raw}"`);
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) return fail(`is not a real date: "${raw}"`);
  return ok(`${m[1]}-${m[2]}-${m[3]}`);
}

export function checkInstant(raw: string): Checked<string> {
  const v = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v))
    return fail(`must be an ISO 8601 time like 2025-01-31T09:00:00Z, got "${raw}"`);
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? fail(`is not a real time: "${raw}"`) : ok(d.toISOString());
}

export function checkBoolean(raw: string): Checked<boolean> {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return ok(true);
  if (v === 'false' || v === 'no' || v === '0') return ok(false);
  return fail(`must be true or false, got "${raw}"`);
}

/** A `;`-separated list whose every item must be in the vocabulary. */
export function checkList<T extends string>(raw: string, vocabulary: readonly T[]): Checked<T[]> {
  const items = raw
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = items.filter((s) => !(vocabulary as readonly string[]).includes(s));
  if (bad.length > 0) return fail(`has ${bad.map((b) => `"${b}"`).join(', ')}; allowed: ${vocabulary.join(', ')}`);
  return ok(vocabulary.filter((v) => items.includes(v)));
}

export function checkLanguageTags(raw: string): Checked<string[]> {
  const items = raw
    .split(';')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const bad = items.filter((s) => !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(s));
  return bad.length > 0
    ? fail(`must be language tags like "es" or "vi", got ${bad.map((b) => `"${b}"`).join(', ')}`)
    : ok([...new Set(items)].sort());
}
