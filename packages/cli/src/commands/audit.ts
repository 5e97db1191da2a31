import { InvalidArgumentError, type Command } from '@commander-js/extra-typings';
import { verifyAuditLog } from '@carelevel/server';
import { DATA_DIR_HELP, withDatabase } from './with-database.js';

/** Exit status when the chain is broken: not a usage error (2), a finding. */
export const EXIT_CHAIN_BROKEN = 1;

const anchor = (value: string): { seq: string; hash: string } => {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (!m?.[1] || !m[2]) throw new InvalidArgumentError('must be SEQ:HASH as printed by an earlier verify, e.g. 1042:9f86d0…');
  return { seq: m[1], hash: m[2] };
};

/** `carelevel audit verify [--anchor SEQ:HASH]`: walk the hash chain and name the first row changed or removed. */
export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('the audit log')
    .command('verify')
    .description('Check that no audit row was changed or removed since it was written; prints the head to keep for next time')
    .option('--anchor <seq:hash>', 'a head printed by an earlier run: also detects removal of the newest rows', anchor)
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await withDatabase(opts.dataDir, async (db) => {
        const result = await verifyAuditLog(db, opts.anchor);
        if (result.broken) {
          process.stderr.write(`carelevel audit verify: the audit log was tampered with: ${result.broken.message}\n`);
          process.stderr.write(`  ${result.rows} rows before it are intact\n`);
          return EXIT_CHAIN_BROKEN;
        }
        process.stdout.write(`audit log intact: ${result.rows} rows\n`);
        if (result.head) process.stdout.write(`head ${result.head.seq}:${result.head.hash}\n`);
        return 0;
      });
    });
}
