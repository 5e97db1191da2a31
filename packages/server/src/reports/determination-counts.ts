import type { DeterminationCountsTable, DeterminationsTable } from '@carelevel/storage';
import { sql } from 'kysely';
import type { Db } from '../db/db.js';
import { addToCounts } from './kept-counts.js';

/** What a determination is counted by. */
export type Counted = Pick<DeterminationsTable, 'id' | 'decided_at' | 'chosen_level' | 'indicated_level' | 'variance_reason'>;

/** The report's days are UTC days, and stored times are UTC ISO text: the day is the first ten characters. */
const counting = (d: Counted, count: number): DeterminationCountsTable => ({
  day: d.decided_at.slice(0, 10),
  chosen_level: d.chosen_level,
  indicated_level: d.indicated_level,
  variance_reason: d.variance_reason ?? '',
  count,
});

/** The order "latest" means everywhere: decided later, or at the same moment with the greater id. */
export const decidedAfter = (a: Pick<Counted, 'id' | 'decided_at'>, b: Pick<Counted, 'id' | 'decided_at'>): boolean =>
  a.decided_at > b.decided_at || (a.decided_at === b.decided_at && a.id > b.id);

/**
 * Keep the counts as `next` is recorded on an assessment whose latest determination until now was
 * `previous`: a correction replaces the earlier one rather than counting twice. Called in the
 * transaction that inserts `next`, with the assessment locked, so two determinations on one
 * assessment cannot both replace the same one.
 */
export async function countDetermination(db: Db, previous: Counted | undefined, next: Counted): Promise<void> {
  // Only when `next` is the later (a clock stepped back would otherwise count a replaced one).
  if (previous && decidedAfter(previous, next)) return;
  await addToCounts(db, 'determination_counts', [counting(next, 1), ...(previous ? [counting(previous, -1)] : [])]);
}

/** Count determinations each the only one on its assessment (a population made in bulk). */
export async function countFirstDeterminations(db: Db, made: readonly Counted[]): Promise<void> {
  await addToCounts(
    db,
    'determination_counts',
    made.map((d) => counting(d, 1)),
  );
}

/**
 * The counts from the determinations themselves: the latest on each assessment, by day, levels and
 * reason. This reads every determination, which is what the kept counts spare the report.
 */
export async function recountedDeterminations(db: Db): Promise<DeterminationCountsTable[]> {
  const day = sql<string>`substr(d.decided_at, 1, 10)`;
  const reason = sql<string>`coalesce(d.variance_reason, '')`;
  const rows = await db
    .selectFrom('determinations as d')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('determinations as later')
            .select('later.id')
            .whereRef('later.assessment_id', '=', 'd.assessment_id')
            .where((x) =>
              x.or([
                x('later.decided_at', '>', x.ref('d.decided_at')),
                x.and([x('later.decided_at', '=', x.ref('d.decided_at')), x('later.id', '>', x.ref('d.id'))]),
              ]),
            ),
        ),
      ),
    )
    .select([day.as('day'), 'd.chosen_level', 'd.indicated_level', reason.as('variance_reason'), (eb) => eb.fn.countAll().as('count')])
    .groupBy([day, 'd.chosen_level', 'd.indicated_level', reason])
    .execute();
  // PostgreSQL counts as bigint, which arrives as text.
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
