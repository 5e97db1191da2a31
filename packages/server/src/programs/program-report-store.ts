import type { ListingCorrection, NewProgramReport, ProgramProblem, ProgramReport, ProgramReportList } from '@carelevel/contract';
import { correctProgram, markProgramClosed } from '@carelevel/directory';
import type { ProgramReportsTable } from '@carelevel/storage';
import type { Selectable } from 'kysely';
import type { Db } from '../db/db.js';
import { newId, now } from '../db/ids.js';

type Row = Selectable<ProgramReportsTable> & { program_name: string | null };

const view = (r: Row): ProgramReport => ({
  id: r.id,
  programId: r.program_id,
  programName: r.program_name,
  problem: r.problem as ProgramProblem,
  note: r.note,
  createdAt: r.created_at,
  status: r.status as ProgramReport['status'],
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
  resolutionNote: r.resolution_note,
});

/** Keep a report; false when the directory has no such program (listed or not). */
export async function addProgramReport(db: Db, programId: string, report: NewProgramReport): Promise<string | undefined> {
  const known = await db.selectFrom('directory_programs').select('id').where('id', '=', programId).executeTakeFirst();
  if (!known) return undefined;
  const id = newId();
  await db
    .insertInto('program_reports')
    .values({ id, program_id: programId, problem: report.problem, note: report.note ? report.note : null, created_at: now() })
    .execute();
  return id;
}

const selectReports = (db: Db) =>
  db
    .selectFrom('program_reports as r')
    .leftJoin('directory_programs as p', 'p.id', 'r.program_id')
    .selectAll('r')
    .select('p.name as program_name');

export async function listProgramReports(
  db: Db,
  q: { readonly status: ProgramReport['status']; readonly limit: number; readonly offset: number },
): Promise<ProgramReportList> {
  const rows = await selectReports(db)
    .where('r.status', '=', q.status)
    .orderBy('r.created_at', q.status === 'open' ? 'asc' : 'desc')
    .orderBy('r.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const total = await db
    .selectFrom('program_reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('status', '=', q.status)
    .executeTakeFirstOrThrow();
  return { reports: rows.map(view), total: Number(total.n), limit: q.limit, offset: q.offset };
}

export async function getProgramReport(db: Db, id: string): Promise<ProgramReport | undefined> {
  const row = await selectReports(db).where('r.id', '=', id).executeTakeFirst();
  return row ? view(row) : undefined;
}

export type Resolution =
  | { readonly action: 'fix'; readonly correction: ListingCorrection; readonly note?: string | undefined }
  | { readonly action: 'mark-closed' | 'dismiss'; readonly note?: string | undefined };

const STATUS_OF = { fix: 'fixed', 'mark-closed': 'closed', dismiss: 'dismissed' } as const;

/**
 * Resolve an open report in the caller's transaction: the listing corrected (kept over older locator
 * data, and in its history) or marked closed, or nothing changed; then the report closed. Undefined
 * when the report is not open any more (another admin got there first).
 */
export async function resolveProgramReport(
  tx: Db,
  report: ProgramReport,
  resolution: Resolution,
  adminId: string,
): Promise<ProgramReport | undefined> {
  const at = new Date();
  const done = await tx
    .updateTable('program_reports')
    .set({
      status: STATUS_OF[resolution.action],
      resolved_by: adminId,
      resolved_at: at.toISOString(),
      resolution_note: resolution.note ?? null,
    })
    .where('id', '=', report.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return undefined;
  if (resolution.action === 'fix') await correctProgram(tx, report.programId, resolution.correction, { who: adminId, at });
  if (resolution.action === 'mark-closed') await markProgramClosed(tx, report.programId, { who: adminId, at });
  return getProgramReport(tx, report.id);
}
