import { randomUUID } from 'node:crypto';
import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';
import type { Program } from '../model/program.js';
import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import type { Hours } from '../model/program.js';
import { parseCare, rowToProgram } from './program-rows.js';
import { nextSnapshotSeq } from './program-store.js';
import {
  JSON_COLUMNS,
  type FieldChanges,
  type Outcome,
  type StaffCorrectable,
  type StaffFieldName,
  type StaffFields,
} from './snapshot-merge.js';

/** One import or refresh: where from, when, and what it did. */
export interface Snapshot {
  readonly id: string;
  readonly seq: number;
  readonly kind: 'import' | 'refresh' | 'correction';
  /** The file imported, or the export address refreshed from. */
  readonly source: string;
  readonly format: string;
  /** A refresh's area (centre and radius, or state; and type); null for a file. */
  readonly area: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly noLongerListed: number;
  readonly rowsSkipped: number;
}

const snapshotKind = (k: string): Snapshot['kind'] => (k === 'refresh' || k === 'correction' ? k : 'import');

/** Snapshots, newest first. */
export async function listSnapshots(db: Kysely<AppTables>, limit = 50): Promise<Snapshot[]> {
  const rows = await db.selectFrom('directory_imports').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq ?? 0,
    kind: snapshotKind(r.kind),
    source: r.file,
    format: r.format,
    area: r.area,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    added: r.added,
    changed: r.changed,
    unchanged: r.unchanged,
    noLongerListed: r.no_longer_listed,
    rowsSkipped: r.rows_skipped,
  }));
}

export interface ProgramHistoryEntry {
  readonly snapshotId: string;
  readonly kind: 'import' | 'refresh' | 'correction';
  readonly source: string;
  readonly at: string;
  readonly outcome: Outcome;
  readonly changes: FieldChanges | null;
}

export interface ProgramRecord {
  readonly program: Program;
  /** When a refresh found it no longer listed; null while listed. */
  readonly noLongerListedSince: string | null;
  /** Fields its own staff corrected (kept over older source data), with when and the source's value. */
  readonly staffFields: StaffFields;
  /** Every snapshot that touched it, oldest first. */
  readonly history: readonly ProgramHistoryEntry[];
}

/** A program, listed or not, with the history of its fields; undefined when there is no such program. */
export async function programRecord(db: Kysely<AppTables>, id: string): Promise<ProgramRecord | undefined> {
  const row = await db.selectFrom('directory_programs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const history = await db
    .selectFrom('directory_snapshot_programs as sp')
    .innerJoin('directory_imports as s', 's.id', 'sp.snapshot_id')
    .select(['sp.snapshot_id', 'sp.outcome', 'sp.changes', 's.kind', 's.file', 's.finished_at', 's.seq'])
    .where('sp.program_id', '=', id)
    .orderBy('s.seq')
    .execute();
  return {
    program: rowToProgram(row),
    noLongerListedSince: row.delisted_at,
    staffFields: row.staff_fields ? (JSON.parse(row.staff_fields) as StaffFields) : {},
    history: history.map((h) => ({
      snapshotId: h.snapshot_id,
      kind: snapshotKind(h.kind),
      source: h.file,
      at: h.finished_at,
      outcome: h.outcome as Outcome,
      changes: h.changes ? (JSON.parse(h.changes) as FieldChanges) : null,
    })),
  };
}

/** A correction by the program's own staff or an administrator: the columns that may be corrected. */
export interface ProgramCorrection {
  readonly name?: string;
  readonly phone?: string;
  readonly intakePhone?: string;
  readonly website?: string;
  readonly street1?: string;
  readonly street2?: string;
  readonly city?: string;
  readonly state?: string;
  readonly zip?: string;
  readonly payments?: readonly string[];
  readonly services?: readonly string[];
  /** When it is open; null: the listing no longer says. */
  readonly hours?: Hours | null;
  /** The levels of care it offers (schedule tracks of a level no longer offered go with it). */
  readonly levels?: readonly LevelCode[];
}

const CORRECTION_COLUMNS: Readonly<Record<Exclude<keyof ProgramCorrection, 'levels'>, StaffCorrectable>> = {
  name: 'name',
  phone: 'phone',
  intakePhone: 'intake_phone',
  website: 'website',
  street1: 'street1',
  street2: 'street2',
  city: 'city',
  state: 'state',
  zip: 'zip',
  payments: 'payments',
  services: 'services',
  hours: 'hours',
};

/**
 * Correct a listing as its staff (or an administrator on a report) say, in one transaction: the
 * columns change, each remembers who corrected it, when, and what the source said (so a refresh keeps
 * the correction until the source itself changes), and the change is a snapshot in the program's
 * history. Optionally stamps the listing confirmed today. False when there is no such program.
 */
export async function correctProgram(
  db: Kysely<AppTables>,
  id: string,
  correction: ProgramCorrection,
  by: { readonly who: string; readonly at: Date; readonly confirm?: boolean },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('directory_programs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return false;
    const at = by.at.toISOString();
    const staff: StaffFields = row.staff_fields ? (JSON.parse(row.staff_fields) as StaffFields) : {};
    const set: Record<string, string | null> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    // the source's value when staff first corrected a field; kept across their later corrections
    const locator = (field: StaffFieldName, now: string | null): string | null => {
      const entry = staff[field];
      return entry ? (entry.locator as string | null) : now;
    };
    for (const [key, column] of Object.entries(CORRECTION_COLUMNS) as [keyof typeof CORRECTION_COLUMNS, StaffCorrectable][]) {
      const value = correction[key];
      if (value === undefined) continue;
      const text = typeof value === 'string' || value === null ? value : JSON.stringify(value);
      const before = row[column];
      if (text === before) continue;
      set[column] = text;
      changes[column] = { from: JSON_COLUMNS.has(column) && before !== null ? JSON.parse(before) : before, to: value };
      staff[column] = { at, by: by.who, locator: locator(column, before) };
    }
    if (correction.levels !== undefined) {
      const care = parseCare(row.care);
      // the taxonomy's order, least intensive first, so the same levels in another order change nothing
      const levels = LEVEL_CODES.filter((l) => correction.levels?.includes(l));
      if (levels.join() !== LEVEL_CODES.filter((l) => care.levels.includes(l)).join()) {
        // a level no longer offered takes its schedule tracks with it
        const scheduleTracks = Object.fromEntries(
          Object.entries(care.scheduleTracks).filter(([level]) => levels.includes(level as LevelCode)),
        );
        set.care = JSON.stringify({ ...care, levels, scheduleTracks });
        changes.levels = { from: care.levels, to: levels };
        staff.levels = { at, by: by.who, locator: locator('levels', JSON.stringify(care.levels)) };
      }
    }
    const day = at.slice(0, 10);
    if (by.confirm && (row.last_verified !== day || row.verified_by !== 'program')) {
      set.last_verified = day;
      set.verified_by = 'program';
      changes.last_verified = { from: row.last_verified, to: day };
      changes.verified_by = { from: row.verified_by, to: 'program' };
    }
    if (Object.keys(changes).length === 0) return true;
    await trx
      .updateTable('directory_programs')
      .set({ ...set, staff_fields: JSON.stringify(staff), updated_at: at })
      .where('id', '=', id)
      .execute();
    await recordCorrection(trx, id, by.who, at, 'changed', changes);
    return true;
  });
}

/** A correction is a snapshot of its own (kind "correction"), so it shows in the history and the program's. */
async function recordCorrection(
  trx: Kysely<AppTables>,
  id: string,
  who: string,
  at: string,
  outcome: Outcome,
  changes: Record<string, { from: unknown; to: unknown }> | null,
): Promise<void> {
  const snapshotId = randomUUID();
  await trx
    .insertInto('directory_imports')
    .values({
      id: snapshotId,
      seq: await nextSnapshotSeq(trx),
      file: `correction by ${who}`,
      format: 'correction',
      kind: 'correction',
      area: null,
      started_at: at,
      finished_at: at,
      rows_read: 1,
      rows_imported: 1,
      rows_skipped: 0,
      changed: outcome === 'changed' ? 1 : 0,
      no_longer_listed: outcome === 'no-longer-listed' ? 1 : 0,
    })
    .execute();
  await trx
    .insertInto('directory_snapshot_programs')
    .values({ snapshot_id: snapshotId, program_id: id, outcome, changes: changes ? JSON.stringify(changes) : null })
    .execute();
}

/**
 * Mark a program closed (an administrator, on a report): no longer listed from now, so it leaves
 * search and the finder; kept for the records that name it. A later refresh that returns it lists it
 * again. False when there is no such program.
 */
export async function markProgramClosed(
  db: Kysely<AppTables>,
  id: string,
  by: { readonly who: string; readonly at: Date },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('directory_programs').select(['id', 'delisted_at']).where('id', '=', id).executeTakeFirst();
    if (!row) return false;
    if (row.delisted_at !== null) return true;
    const at = by.at.toISOString();
    await trx.updateTable('directory_programs').set({ delisted_at: at, updated_at: at }).where('id', '=', id).execute();
    await recordCorrection(trx, id, by.who, at, 'no-longer-listed', null);
    return true;
  });
}

/** Run in the caller's transaction when given one (a resolution writes its report and audit row too), else in a new one. */
function inTransaction<T>(db: Kysely<AppTables>, work: (trx: Kysely<AppTables>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The directory's health for the admin dashboard: how fresh the listings are, and what the last refresh dropped. */
export interface DirectoryHealth {
  readonly listed: number;
  /** Listed programs by how long ago they were last confirmed. */
  readonly confirmed: { readonly within90Days: number; readonly within1Year: number; readonly overAYear: number; readonly never: number };
  /** Listed programs whose last confirmation came from their own staff. */
  readonly confirmedByProgram: number;
  readonly noLongerListed: number;
  /** The last refresh from the locator, and how many programs it found no longer listed; null before any. */
  readonly lastRefresh: { readonly at: string; readonly area: string | null; readonly noLongerListed: number } | null;
}

export async function directoryHealth(db: Kysely<AppTables>, now: Date = new Date()): Promise<DirectoryHealth> {
  const day = (daysAgo: number): string => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  type Count = string | number | null;
  const r = await db
    .selectFrom('directory_programs')
    .where('delisted_at', 'is', null)
    .select((eb) => {
      const count = (cond: ReturnType<typeof eb.and>) => eb.fn.sum<Count>(eb.case().when(cond).then(1).else(0).end());
      return [
        eb.fn.countAll<string | number>().as('listed'),
        count(eb.and([eb('last_verified', '>=', day(90))])).as('d90'),
        count(eb.and([eb('last_verified', '<', day(90)), eb('last_verified', '>=', day(365))])).as('d365'),
        count(eb.and([eb('last_verified', '<', day(365))])).as('old'),
        count(eb.and([eb('last_verified', 'is', null)])).as('never'),
        count(eb.and([eb('verified_by', '=', 'program')])).as('byProgram'),
      ];
    })
    .executeTakeFirstOrThrow();
  const delisted = await db
    .selectFrom('directory_programs')
    .where('delisted_at', 'is not', null)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('directory_imports')
    .select(['finished_at', 'area', 'no_longer_listed'])
    .where('kind', '=', 'refresh')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const n = (v: string | number | null): number => Number(v ?? 0);
  return {
    listed: n(r.listed),
    confirmed: { within90Days: n(r.d90), within1Year: n(r.d365), overAYear: n(r.old), never: n(r.never) },
    confirmedByProgram: n(r.byProgram),
    noLongerListed: n(delisted.n),
    lastRefresh: last ? { at: last.finished_at, area: last.area, noLongerListed: last.no_longer_listed } : null,
  };
}
