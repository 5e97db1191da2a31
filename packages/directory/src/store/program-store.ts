import { randomUUID } from 'node:crypto';
import type { AppTables, ProgramsTable, SnapshotProgramsTable } from '@carelevel/storage';
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import type { ImportIssue } from '../importers/import-issue.js';
import type { RowOutcome } from '../importers/row-outcome.js';
import type { Openings, Program } from '../model/program.js';
import type { DayProgramLevel, ScheduleTrack } from '../model/vocabulary.js';
import { parseCare, PROGRAM_COLUMNS, programToRow, rowToProgram } from './program-rows.js';
import { mergeProgram } from './snapshot-merge.js';

export interface ImportSummary {
  readonly importId: string;
  readonly file: string;
  readonly format: string;
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsSkipped: number;
  /** The issues of the rows left out (only with skipInvalid). */
  readonly skipped: readonly ImportIssue[];
  /** What the snapshot did: new programs, changed ones, ones as they were, and (refresh) ones no longer listed. */
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly noLongerListed: number;
  /**
   * Stored programs whose rows were skipped as invalid (skipInvalid) although the source still lists
   * them: kept as they were, not counted as no longer listed.
   */
  readonly keptAsBefore: number;
}

/** Nothing landed: at least one row was invalid and the import was not told to skip such rows. */
export class ImportRejectedError extends Error {
  constructor(
    readonly issues: readonly ImportIssue[],
    readonly rowsRead: number,
  ) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was imported`);
    this.name = 'ImportRejectedError';
  }
}

export interface StoreOptions {
  readonly skipInvalid?: boolean;
  readonly onProgress?: (rowsRead: number) => void;
  /** Rows per INSERT; kept under both databases' bound-parameter limits. */
  readonly batchSize?: number;
  readonly now?: () => Date;
  /**
   * A refresh of one area of a source (the locator's API): programs the last refresh of the same
   * source and area returned and this one does not are marked no longer listed.
   */
  readonly refreshArea?: string;
}

const UPSERT_COLUMNS = [...PROGRAM_COLUMNS, 'delisted_at', 'staff_fields'] as const;

/**
 * Write an import in one transaction as a snapshot: it lands whole, or (skipInvalid) lands its valid
 * rows, or nothing changes. Rows with an id already stored are merged into the stored program
 * (mergeProgram: staff reports are not overwritten by older source data) and the fields that changed
 * are kept as its history, so re-importing never duplicates. Rows stream from the reader; memory
 * holds one batch at a time, and the ids seen (so overlapping pages of a refresh count once).
 */
export async function storeImport(
  db: Kysely<AppTables>,
  source: { readonly file: string; readonly format: string; readonly rows: Iterable<RowOutcome> | AsyncIterable<RowOutcome> },
  options: StoreOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? ((): Date => new Date());
  const startedAt = now().toISOString();
  const importId = randomUUID();
  const batchSize = options.batchSize ?? 100;
  return db.transaction().execute(async (trx) => {
    const issues: ImportIssue[] = [];
    const seen = new Set<string>();
    // The ids of listings the source still names whose rows were invalid (skipInvalid).
    const stillListed = new Set<string>();
    const counts = { added: 0, changed: 0, unchanged: 0, noLongerListed: 0, keptAsBefore: 0 };
    let rowsRead = 0;
    let skippedRows = 0;
    let batch: Program[] = [];
    // Building a 100-row upsert through the query builder costs more than running it, so the SQL of
    // a full batch is compiled once and reused with new parameters (checked equal on first use).
    let fullBatchSql: string | undefined;
    const upsert = async (values: readonly Insertable<ProgramsTable>[]): Promise<void> => {
      if (values.length === 0) return;
      const params = values.flatMap((v) => UPSERT_COLUMNS.map((c) => v[c] ?? null));
      if (fullBatchSql !== undefined && values.length === batchSize) {
        await trx.executeQuery(CompiledQuery.raw(fullBatchSql, params));
        return;
      }
      const compiled = trx
        .insertInto('directory_programs')
        .values(values.map((v) => Object.fromEntries(UPSERT_COLUMNS.map((c) => [c, v[c] ?? null])) as Insertable<ProgramsTable>))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) =>
            // every column but the key takes the incoming (merged) value
            Object.fromEntries(UPSERT_COLUMNS.filter((c) => c !== 'id').map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
        )
        .compile();
      if (values.length === batchSize && sameParameters(compiled.parameters, params)) fullBatchSql = compiled.sql;
      await trx.executeQuery(compiled);
    };
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const stamp = now().toISOString();
      const programs = batch;
      batch = [];
      const stored = new Map(
        (
          await trx
            .selectFrom('directory_programs')
            .selectAll()
            .where(
              'id',
              'in',
              programs.map((p) => p.id),
            )
            .execute()
        ).map((r) => [r.id, r]),
      );
      const writes: Insertable<ProgramsTable>[] = [];
      const members: Insertable<SnapshotProgramsTable>[] = [];
      for (const p of programs) {
        const merged = mergeProgram(stored.get(p.id), programToRow(p, importId, stamp));
        if (merged.row) writes.push(merged.row);
        counts[merged.outcome === 'relisted' ? 'changed' : merged.outcome]++;
        members.push({
          snapshot_id: importId,
          program_id: p.id,
          outcome: merged.outcome,
          changes: merged.changes ? JSON.stringify(merged.changes) : null,
        });
      }
      await upsert(writes);
      await trx.insertInto('directory_snapshot_programs').values(members).execute();
    };
    for await (const outcome of source.rows) {
      rowsRead++;
      if ('issues' in outcome) {
        issues.push(...outcome.issues);
        skippedRows++;
        if (outcome.programId !== undefined) stillListed.add(outcome.programId);
        continue;
      }
      // After the first bad row of a strict import, keep reading only to report every problem at once.
      if (issues.length > 0 && !options.skipInvalid) continue;
      if (seen.has(outcome.program.id)) continue;
      seen.add(outcome.program.id);
      batch.push(outcome.program);
      if (batch.length >= batchSize) {
        await flush();
        options.onProgress?.(rowsRead);
      }
    }
    if (issues.length > 0 && !options.skipInvalid) throw new ImportRejectedError(issues, rowsRead);
    await flush();
    options.onProgress?.(rowsRead);
    counts.keptAsBefore = await keepSkipped(
      trx,
      importId,
      [...stillListed].filter((id) => !seen.has(id)),
    );
    if (options.refreshArea !== undefined)
      counts.noLongerListed = await markNoLongerListed(trx, importId, source.file, options.refreshArea, now().toISOString());
    await trx
      .insertInto('directory_imports')
      .values({
        id: importId,
        seq: await nextSnapshotSeq(trx),
        file: source.file,
        format: source.format,
        kind: options.refreshArea === undefined ? 'import' : 'refresh',
        area: options.refreshArea ?? null,
        started_at: startedAt,
        finished_at: now().toISOString(),
        rows_read: rowsRead,
        rows_imported: seen.size,
        rows_skipped: skippedRows,
        added: counts.added,
        changed: counts.changed,
        unchanged: counts.unchanged,
        no_longer_listed: counts.noLongerListed,
      })
      .execute();
    return {
      importId,
      file: source.file,
      format: source.format,
      rowsRead,
      rowsImported: seen.size,
      rowsSkipped: skippedRows,
      skipped: issues,
      ...counts,
    };
  });
}

/** The next snapshot's number; inside the writing transaction, so two snapshots never share one. */
export async function nextSnapshotSeq(trx: Kysely<AppTables>): Promise<number> {
  const r = await trx
    .selectFrom('directory_imports')
    .select((eb) => eb.fn.max<number | string | null>('seq').as('last'))
    .executeTakeFirst();
  return Number(r?.last ?? 0) + 1;
}

/**
 * Stored programs whose rows this import skipped as invalid although the source still lists them:
 * each is a member of the snapshot as `skipped`, so it keeps its state (a later refresh does not take
 * it for one the source stopped listing) and its history says why nothing changed.
 */
async function keepSkipped(trx: Kysely<AppTables>, snapshotId: string, ids: readonly string[]): Promise<number> {
  let kept = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const stored = await trx
      .selectFrom('directory_programs')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    if (stored.length === 0) continue;
    await trx
      .insertInto('directory_snapshot_programs')
      .values(stored.map((r) => ({ snapshot_id: snapshotId, program_id: r.id, outcome: 'skipped', changes: null })))
      .execute();
    kept += stored.length;
  }
  return kept;
}

/**
 * The programs the last refresh of this source and area returned that this one did not: marked no
 * longer listed (out of search, kept for the records that name them), each with a history row.
 */
async function markNoLongerListed(trx: Kysely<AppTables>, snapshotId: string, source: string, area: string, at: string): Promise<number> {
  const previous = await trx
    .selectFrom('directory_imports')
    .select('id')
    .where('kind', '=', 'refresh')
    .where('file', '=', source)
    .where('area', '=', area)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!previous) return 0;
  const gone = (
    await trx
      .selectFrom('directory_snapshot_programs as before')
      .innerJoin('directory_programs as p', 'p.id', 'before.program_id')
      .select('before.program_id')
      .where('before.snapshot_id', '=', previous.id)
      .where('before.outcome', '<>', 'no-longer-listed')
      .where('p.delisted_at', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('directory_snapshot_programs as now')
              .select('now.program_id')
              .where('now.snapshot_id', '=', snapshotId)
              .whereRef('now.program_id', '=', 'before.program_id'),
          ),
        ),
      )
      .execute()
  ).map((r) => r.program_id);
  for (let i = 0; i < gone.length; i += 500) {
    const ids = gone.slice(i, i + 500);
    await trx.updateTable('directory_programs').set({ delisted_at: at }).where('id', 'in', ids).execute();
    await trx
      .insertInto('directory_snapshot_programs')
      .values(ids.map((id) => ({ snapshot_id: snapshotId, program_id: id, outcome: 'no-longer-listed', changes: null })))
      .execute();
  }
  return gone.length;
}

function sameParameters(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every listed program, in id order (the search index is built from these; no longer listed ones stay out). */
export async function loadPrograms(db: Kysely<AppTables>): Promise<Program[]> {
  const rows = await db.selectFrom('directory_programs').selectAll().where('delisted_at', 'is', null).orderBy('id').execute();
  return rows.map(rowToProgram);
}

export async function countPrograms(db: Kysely<AppTables>): Promise<number> {
  const r = await db
    .selectFrom('directory_programs')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function getProgram(db: Kysely<AppTables>, id: string): Promise<Program | undefined> {
  const row = await db.selectFrom('directory_programs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToProgram(row) : undefined;
}

/** A program with whether the directory lists it now (a refresh of its area may have stopped returning it). */
export async function getProgramListing(db: Kysely<AppTables>, id: string): Promise<{ program: Program; listed: boolean } | undefined> {
  const row = await db.selectFrom('directory_programs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { program: rowToProgram(row), listed: row.delisted_at === null } : undefined;
}

/** Store programs that need no validation (the sample directory), in one transaction. */
export async function storePrograms(
  db: Kysely<AppTables>,
  programs: Iterable<Program>,
  label: string,
  options: StoreOptions = {},
): Promise<ImportSummary> {
  return storeImport(
    db,
    {
      file: label,
      format: 'programs',
      rows: (function* () {
        for (const program of programs) yield { line: 0, program };
      })(),
    },
    options,
  );
}

/** The names of the programs with these ids that the directory lists (for labels). */
export async function programNames(db: Kysely<AppTables>, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('directory_programs')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which of these ids the directory lists. */
export async function knownProgramIds(db: Kysely<AppTables>, ids: readonly string[]): Promise<ReadonlySet<string>> {
  return new Set((await programNames(db, ids)).keys());
}

/**
 * A program's openings as its staff report them now. One column, one statement: reports from two
 * instances at once cannot interleave into a mix. False when there is no such program.
 */
export async function reportOpenings(db: Kysely<AppTables>, id: string, openings: Openings): Promise<boolean> {
  const result = await db
    .updateTable('directory_programs')
    .set({ openings: JSON.stringify(openings), updated_at: openings.reportedAt })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type ScheduleChange =
  | { readonly kind: 'changed'; readonly scheduleTracks: Program['care']['scheduleTracks'] }
  | { readonly kind: 'not-found' | 'level-not-offered' | 'changed-meanwhile' };

/**
 * Set the schedule tracks of a program's IOP or PHP. A compare-and-set on the stored care document:
 * if another instance changed it since it was read, nothing is written and the caller says so.
 */
export async function setScheduleTracks(
  db: Kysely<AppTables>,
  id: string,
  level: DayProgramLevel,
  tracks: readonly ScheduleTrack[],
  at: Date,
): Promise<ScheduleChange> {
  const row = await db.selectFrom('directory_programs').select(['care']).where('id', '=', id).executeTakeFirst();
  if (!row) return { kind: 'not-found' };
  const care = parseCare(row.care);
  if (!care.levels.includes(level)) return { kind: 'level-not-offered' };
  const next = { ...care, scheduleTracks: { ...care.scheduleTracks, [level]: tracks } };
  const result = await db
    .updateTable('directory_programs')
    .set({ care: JSON.stringify(next), updated_at: at.toISOString() })
    .where('id', '=', id)
    .where(sql<boolean>`care = ${row.care}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 0 ? { kind: 'changed-meanwhile' } : { kind: 'changed', scheduleTracks: next.scheduleTracks };
}
