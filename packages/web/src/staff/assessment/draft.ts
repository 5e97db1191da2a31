import { CASE_FORMAT, INSTRUMENT_BY_KEY } from '@carelevel/engine';
import { localToday } from '../../local-date.js';
import { typedDateToSend } from '../forms/date-field.js';
import { INTERVIEW_FIELDS, type InterviewField } from './interview-fields.js';

/** One substance row as typed: strings until the case is built. */
export interface SubstanceRow {
  readonly name: string;
  readonly daysUsedLast30: string;
  readonly route: string;
  readonly hoursSinceLastUse: string;
  readonly disorderSeverity: string;
  /** 'yes', 'no' or '' (not asked). */
  readonly prescribed: string;
  readonly amountPerDay: string;
}

export interface PriorEpisodeRow {
  readonly level: string;
  readonly outcome: string;
}

/**
 * The interview as the clinician is filling it in. Everything is kept as typed (strings, `null` for an
 * unanswered item) so a half-typed number is not lost; `buildCase` turns it into a case document.
 */
export interface Draft {
  /** Scalar fields by case path; '' is not answered. Several-of fields hold values joined by ','. */
  readonly values: Readonly<Record<string, string>>;
  /** Item answers by instrument key, one slot per item. */
  readonly instruments: Readonly<Record<string, readonly (number | null)[]>>;
  readonly substances: readonly SubstanceRow[];
  readonly priorEpisodes: readonly PriorEpisodeRow[];
  /**
   * Lists a pulled-forward case gave as empty (`priorEpisodes: []`: "none", which the engine reads
   * differently from "not asked"); they are sent empty again unless rows are added.
   */
  readonly emptyLists?: readonly string[];
}

export const EMPTY_DRAFT: Draft = { values: {}, instruments: {}, substances: [], priorEpisodes: [] };

/** Case paths that hold lists (an empty one means "none"). */
const LIST_PATHS = [
  'substances',
  'relapsePotential.priorEpisodes',
  ...INTERVIEW_FIELDS.filter((f) => f.kind === 'several' || f.kind === 'lines').map((f) => f.path),
];
export const EMPTY_SUBSTANCE: SubstanceRow = {
  name: '',
  daysUsedLast30: '',
  route: '',
  hoursSinceLastUse: '',
  disorderSeverity: '',
  prescribed: '',
  amountPerDay: '',
};
export const EMPTY_EPISODE: PriorEpisodeRow = { level: '', outcome: '' };

type Json = Record<string, unknown>;

function setIn(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Json;
  at[keys[keys.length - 1]!] = value;
}

function getIn(source: unknown, path: string): unknown {
  let at = source;
  for (const k of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Json)[k] : undefined;
  return at;
}

/** A number if the text is one; otherwise the text itself, so the engine names the field and the rule. */
function numberOrText(text: string): number | string {
  const t = text.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function valueOf(field: InterviewField, text: string): unknown {
  switch (field.kind) {
    case 'choice':
    case 'text':
    case 'language':
      return text;
    case 'date':
      return typedDateToSend(text);
    case 'yes-no':
      return text === 'yes' ? true : text === 'no' ? false : text;
    case 'integer':
    case 'number':
      return numberOrText(text);
    case 'several':
      return text.split(',').filter(Boolean);
    case 'lines':
      return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
  }
}

export interface BuildOptions {
  /**
   * What to do with an instrument only partly answered: leave it out (live feedback while typing) or
   * send it as it is (on save, so the server says which items are missing, beside each one).
   */
  readonly partialInstruments: 'omit' | 'send';
}

/** The draft as a `carelevel-case/1` document (unchecked: the engine and the server check it). */
export function buildCase(draft: Draft, options: BuildOptions): Json {
  const c: Json = { format: CASE_FORMAT };
  for (const field of INTERVIEW_FIELDS) {
    const text = draft.values[field.path] ?? '';
    if (text.trim() === '') continue;
    const v = valueOf(field, text);
    if (Array.isArray(v) && v.length === 0) continue;
    setIn(c, field.path, v);
  }
  const substances = draft.substances.filter((s) =>
    [s.name, s.daysUsedLast30, s.route, s.hoursSinceLastUse, s.disorderSeverity, s.prescribed, s.amountPerDay].some((x) => x.trim() !== ''),
  );
  if (substances.length > 0)
    c.substances = substances.map((s) => {
      const row: Json = { name: s.name };
      if (s.daysUsedLast30.trim()) row.daysUsedLast30 = numberOrText(s.daysUsedLast30);
      if (s.route) row.route = s.route;
      if (s.hoursSinceLastUse.trim()) row.hoursSinceLastUse = numberOrText(s.hoursSinceLastUse);
      if (s.disorderSeverity) row.disorderSeverity = s.disorderSeverity;
      if (s.prescribed) row.prescribed = s.prescribed === 'yes' ? true : s.prescribed === 'no' ? false : s.prescribed;
      if (s.amountPerDay.trim()) row.amountPerDay = numberOrText(s.amountPerDay);
      return row;
    });
  const episodes = draft.priorEpisodes.filter((e) => e.level || e.outcome);
  if (episodes.length > 0)
    setIn(
      c,
      'relapsePotential.priorEpisodes',
      episodes.map((e) => ({ level: e.level, outcome: e.outcome })),
    );
  const instruments: Json = {};
  for (const [key, answers] of Object.entries(draft.instruments)) {
    const def = INSTRUMENT_BY_KEY[key];
    if (!def || answers.every((a) => a === null)) continue;
    const given = answers.slice(0, def.items.length);
    // Items asked only after others (ASQ's acuity item) may be left off the end.
    const needed = def.minItems ?? def.items.length;
    const complete = given.slice(0, needed).every((a) => a !== null);
    const trimmed = complete ? trimTrailingNulls(given) : given;
    if (!complete && options.partialInstruments === 'omit') continue;
    instruments[key] = trimmed;
  }
  if (Object.keys(instruments).length > 0) c.instruments = instruments;
  for (const path of draft.emptyLists ?? []) if (getIn(c, path) === undefined) setIn(c, path, []);
  return c;
}

function trimTrailingNulls(a: readonly (number | null)[]): (number | null)[] {
  let end = a.length;
  while (end > 0 && a[end - 1] === null) end--;
  return a.slice(0, end);
}

function textOf(field: InterviewField, v: unknown): string {
  if (v === undefined || v === null) return '';
  switch (field.kind) {
    case 'yes-no':
      return v === true ? 'yes' : v === false ? 'no' : '';
    case 'several':
      return Array.isArray(v) ? v.join(',') : '';
    case 'lines':
      return Array.isArray(v) ? v.join('\n') : '';
    case 'choice':
    case 'text':
    case 'language':
    case 'date':
    case 'integer':
    case 'number':
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  }
}

/** A stored case back into a draft: a reassessment starts from the previous answers. */
export function draftFromCase(c: unknown): Draft {
  const values: Record<string, string> = {};
  for (const field of INTERVIEW_FIELDS) {
    const t = textOf(field, getIn(c, field.path));
    if (t !== '') values[field.path] = t;
  }
  const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const substances = ((getIn(c, 'substances') as Json[] | undefined) ?? []).map((s) => ({
    name: str(s.name),
    daysUsedLast30: str(s.daysUsedLast30),
    route: str(s.route),
    hoursSinceLastUse: str(s.hoursSinceLastUse),
    disorderSeverity: str(s.disorderSeverity),
    prescribed: s.prescribed === true ? 'yes' : s.prescribed === false ? 'no' : '',
    amountPerDay: str(s.amountPerDay),
  }));
  const priorEpisodes = ((getIn(c, 'relapsePotential.priorEpisodes') as Json[] | undefined) ?? []).map((e) => ({
    level: str(e.level),
    outcome: str(e.outcome),
  }));
  const instruments: Record<string, (number | null)[]> = {};
  for (const [key, answers] of Object.entries((getIn(c, 'instruments') as Record<string, unknown> | undefined) ?? {})) {
    const def = INSTRUMENT_BY_KEY[key];
    if (!def || !Array.isArray(answers)) continue;
    instruments[key] = def.items.map((_, i) => (typeof answers[i] === 'number' ? answers[i] : null));
  }
  const emptyLists = LIST_PATHS.filter((path) => {
    const v = getIn(c, path);
    return Array.isArray(v) && v.length === 0;
  });
  return { values, instruments, substances, priorEpisodes, ...(emptyLists.length > 0 ? { emptyLists } : {}) };
}

/**
 * A new assessment describes today: its dates (an attempt, a discharge) are read against it. A
 * revision keeps the day of the assessment it replaces.
 */
export function datedToday(draft: Draft, today: string = localToday()): Draft {
  return { ...draft, values: { ...draft.values, assessedOn: today } };
}
