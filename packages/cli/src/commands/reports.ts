import type { Command } from '@commander-js/extra-typings';
import { recountReportCounts } from '@carelevel/server';
import { DATA_DIR_HELP, withDatabase } from './with-database.js';

/**
 * `carelevel reports recount`: rebuild the counts the admin report reads from the records themselves,
 * and say what was different. The app keeps them as it writes; this is for records changed by hand.
 */
export function registerReports(program: Command): void {
  program
    .command('reports')
    .description('the admin summary report')
    .command('recount')
    .description(
      'Rebuild the counts the admin report reads (kept as records are written) from the determinations and referral histories; says what differed',
    )
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await withDatabase(opts.dataDir, async (db) => {
        const found = await recountReportCounts(db);
        const lines = [
          ['determination counts', found.determinationCounts, 'key'],
          ['referral counts', found.referralCounts, 'key'],
          ['referral wait counts', found.referralWaitCounts, 'key'],
          ['referral milestones', found.referralMilestones, 'referral'],
        ] as const;
        if (lines.every(([, n]) => n === 0)) process.stdout.write('report counts recounted: every kept count was right\n');
        else
          for (const [what, n, unit] of lines)
            process.stdout.write(`${what}: ${n === 0 ? 'right' : `${String(n)} ${unit}${n === 1 ? '' : 's'} differed, now rebuilt`}\n`);
        return 0;
      });
    });
}
