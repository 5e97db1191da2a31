import type { ProgramsTable } from '@carelevel/storage';
import type { Insertable, Selectable } from 'kysely';
import type { CareOffered, Openings } from '../model/program.js';
import { PROGRAM_COLUMNS } from './program-rows.js';

/** The columns a snapshot compares and keeps the history of: the program's, without keys and bookkeeping. */
export type HistoryColumn = Exclude<(typeof PROGRAM_COLUMNS)[number], 'id' | 'source' | 'source_id' | 'import_id' | 'updated_at'>;
const NOT_HISTORY: ReadonlySet<string> = new Set(['id', 'source', 'source_id', 'import_id', 'updated_at']);
export const HISTORY_COLUMNS: readonly HistoryColumn[] = PROGRAM_COLUMNS.filter((c): c is HistoryColumn => !NOT_HISTORY.has(c));

/** The columns a program's own staff may correct; a refresh keeps their value until the source changes its own. */
export const STAFF_CORRECTABLE = [
  'name',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake_phone',
  'website',
  'payments',
  'services',
  'hours',
] as const satisfies readonly HistoryColumn[];
export type StaffCorrectable = (typeof STAFF_CORRECTABLE)[number];
/** What staff may correct: those columns, and the levels of care offered (a part of `care`). */
export type StaffFieldName = StaffCorrectable | 'levels';

/** One staff correction: when, by whom (an account id or "program"), and the source's value it replaced. */
export interface StaffField {
  readonly at: string;
  readonly by: string;
  readonly locator: string | number | null;
}
export type StaffFields = Partial<Record<StaffFieldName, StaffField>>;

export const JSON_COLUMNS: ReadonlySet<string> = new Set(['care', 'payments', 'services', 'serves', 'openings', 'hours']);

/** `skipped`: the source still lists the program but its row failed validation (--skip-invalid); it is kept as it was. */
export type Outcome = 'added' | 'changed' | 'unchanged' | 'relisted' | 'no-longer-listed' | 'skipped';
/** A snapshot's changes to a program, by column (and `levels` for a staff correction of the levels offered). */
export type FieldChanges = Partial<Record<HistoryColumn | 'levels', { readonly from: unknown; readonly to: unknown }>>;

export interface Merged {
  readonly outcome: Exclude<Outcome, 'no-longer-listed' | 'skipped'>;
  /** The row to write; undefined when nothing changed (the stored row stays as it is). */
  readonly row: Insertable<ProgramsTable> | undefined;
  readonly changes: FieldChanges | null;
}

type Row = Insertable<ProgramsTable>;
type Stored = Selectable<ProgramsTable>;

const parseStaff = (json: string | null): StaffFields => (json ? (JSON.parse(json) as StaffFields) : {});

/** Newer of two openings reports (by reportedAt): a file without openings never erases a report. */
function newerOpenings(stored: string | null, incoming: string | null | undefined): string | null {
  if (!incoming) return stored;
  if (!stored) return incoming;
  return (JSON.parse(incoming) as Openings).reportedAt >= (JSON.parse(stored) as Openings).reportedAt ? incoming : stored;
}

/** The incoming care, keeping the schedule tracks the program's staff set when the source names none. */
function keepTracks(stored: string, incoming: string): string {
  const next = JSON.parse(incoming) as CareOffered;
  if (Object.keys(next.scheduleTracks).length > 0) return incoming;
  const before = JSON.parse(stored) as CareOffered;
  const kept = Object.fromEntries(Object.entries(before.scheduleTracks).filter(([level]) => next.levels.includes(level as never)));
  return Object.keys(kept).length === 0 ? incoming : JSON.stringify({ ...next, scheduleTracks: kept });
}

/**
 * The incoming care with the levels the program's staff set, while the source still offers what it
 * did when they corrected them (once the source's levels change, that is the newer word).
 */
function keepLevels(stored: string, incoming: string, entry: StaffField | undefined): string | undefined {
  if (!entry) return undefined;
  const next = JSON.parse(incoming) as CareOffered;
  if (JSON.stringify(next.levels) !== entry.locator) return undefined;
  const levels = (JSON.parse(stored) as CareOffered).levels;
  return JSON.stringify({ ...next, levels });
}

const laterDay = (a: string | null, b: string | null | undefined): string | null => (!b ? a : !a || b > a ? b : a);

const shown = (column: string, value: unknown): unknown =>
  typeof value === 'string' && JSON_COLUMNS.has(column) ? (JSON.parse(value) as unknown) : (value ?? null);

/**
 * What a program read from a file or the locator does to the stored one. Staff reports are never
 * overwritten by older source data: openings keep the newer report, schedule tracks stay when the
 * source names none, the later confirmation date stays, and a field the program's staff corrected
 * keeps their value for as long as the source still says what it said when they corrected it (once
 * the source changes its value, that is the newer word and it wins). Both values stay in the history.
 */
export function mergeProgram(stored: Stored | undefined, incoming: Row): Merged {
  if (!stored) return { outcome: 'added', row: { ...incoming, delisted_at: null, staff_fields: null }, changes: null };
  const staff = parseStaff(stored.staff_fields);
  const keptStaff: StaffFields = {};
  const staffLevels = keepLevels(stored.care, incoming.care, staff.levels);
  const incomingCare = staffLevels ?? incoming.care;
  const next: Row = {
    ...incoming,
    care: keepTracks(stored.care, incomingCare),
    openings: newerOpenings(stored.openings, incoming.openings),
    last_verified: laterDay(stored.last_verified, incoming.last_verified),
    // who confirmed it goes with the date that won
    verified_by:
      laterDay(stored.last_verified, incoming.last_verified) === stored.last_verified ? stored.verified_by : (incoming.verified_by ?? null),
    delisted_at: null,
  };
  for (const column of STAFF_CORRECTABLE) {
    const entry = staff[column];
    if (!entry) continue;
    if ((next[column] ?? null) === entry.locator) {
      (next as Record<string, unknown>)[column] = stored[column];
      keptStaff[column] = entry;
    }
  }
  if (staffLevels !== undefined && staff.levels) keptStaff.levels = staff.levels;
  next.staff_fields = Object.keys(keptStaff).length > 0 ? JSON.stringify(keptStaff) : null;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const column of HISTORY_COLUMNS) {
    const before = stored[column] ?? null;
    const after = next[column] ?? null;
    if (before !== after) changes[column] = { from: shown(column, before), to: shown(column, after) };
  }
  const changed = Object.keys(changes).length > 0;
  if (stored.delisted_at !== null) return { outcome: 'relisted', row: next, changes: changed ? changes : null };
  if (!changed && (next.staff_fields ?? null) === stored.staff_fields) return { outcome: 'unchanged', row: undefined, changes: null };
  return { outcome: changed ? 'changed' : 'unchanged', row: next, changes: changed ? changes : null };
}
