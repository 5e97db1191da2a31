import { randomUUID } from 'node:crypto';
import type { AppTables } from '@carelevel/storage';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { ImportIssue } from '../importers/import-issue.js';
import type { RowOutcome } from '../importers/row-outcome.js';
import type { Openings, Program } from '../model/program.js';
import type { DayProgramLevel, ScheduleTrack } from '../model/vocabulary.js';
import { parseCare, PROGRAM_COLUMNS, programToRow, rowToProgram } from './program-rows.js';

export interface ImportSummary {
  readonly importId: string;
  readonly file: string;
  readonly format: string;
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsSkipped: number;
  /** The issues of the rows left out (only with skipInvalid). */
  readonly skipped: readonly ImportIssue[];
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
}

/**
 * Write an import in one transaction: it lands whole, or (skipInvalid) lands its valid rows, or
 * nothing changes. Rows with an id already stored are updated in place, so re-importing a file never
 * duplicates. Rows stream from the reader; memory holds one batch at a time.
 */
export async function storeImport(
  db: Kysely<AppTables>,
  source: { readonly file: string; readonly format: string; readonly rows: Iterable<RowOutcome> },
  options: StoreOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? ((): Date => new Date());
  const startedAt = now().toISOString();
  const importId = randomUUID();
  const batchSize = options.batchSize ?? 100;
  return db.transaction().execute(async (trx) => {
    const issues: ImportIssue[] = [];
    let rowsRead = 0;
    let imported = 0;
    let skippedRows = 0;
    let batch = new Map<string, Program>();
    // Building a 100-row upsert through the query builder costs more than running it, so the SQL of
    // a full batch is compiled once and reused with new parameters (checked equal on first use).
    let fullBatchSql: string | undefined;
    const flush = async (): Promise<void> => {
      if (batch.size === 0) return;
      const stamp = now().toISOString();
      const values = [...batch.values()].map((p) => programToRow(p, importId, stamp));
      batch = new Map();
      const params = values.flatMap((v) => PROGRAM_COLUMNS.map((c) => v[c] ?? null));
      if (fullBatchSql !== undefined && values.length === batchSize) {
        await trx.executeQuery(CompiledQuery.raw(fullBatchSql, params));
        return;
      }
      const compiled = trx
        .insertInto('directory_programs')
        .values(values)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) =>
            // every column but the key takes the incoming value
            Object.fromEntries(PROGRAM_COLUMNS.filter((c) => c !== 'id').map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
        )
        .compile();
      if (values.length === batchSize && sameParameters(compiled.parameters, params)) fullBatchSql = compiled.sql;
      await trx.executeQuery(compiled);
    };
    for (const outcome of source.rows) {
      rowsRead++;
      if ('issues' in outcome) {
        issues.push(...outcome.issues);
        skippedRows++;
        continue;
      }
      // After the first bad row of a strict import, keep reading only to report every problem at once.
      if (issues.length > 0 && !options.skipInvalid) continue;
      if (!batch.has(outcome.program.id)) imported++;
      batch.set(outcome.program.id, outcome.program);
      if (batch.size >= batchSize) {
        await flush();
        options.onProgress?.(rowsRead);
      }
    }
    if (issues.length > 0 && !options.skipInvalid) throw new ImportRejectedError(issues, rowsRead);
    await flush();
    options.onProgress?.(rowsRead);
    await trx
      .insertInto('directory_imports')
      .values({
        id: importId,
        file: source.file,
        format: source.format,
        started_at: startedAt,
        finished_at: now().toISOString(),
        rows_read: rowsRead,
        rows_imported: imported,
        rows_skipped: skippedRows,
      })
      .execute();
    return {
      importId,
      file: source.file,
      format: source.format,
      rowsRead,
      rowsImported: imported,
      rowsSkipped: skippedRows,
      skipped: issues,
    };
  });
}

function sameParameters(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every stored program, in id order (the search index is built from these). */
export async function loadPrograms(db: Kysely<AppTables>): Promise<Program[]> {
  const rows = await db.selectFrom('directory_programs').selectAll().orderBy('id').execute();
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
