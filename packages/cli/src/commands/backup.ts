import type { Command } from '@commander-js/extra-typings';
import { backupSqlite, BackupError, resolveDatabaseLocation, restoreSqlite } from '@carelevel/storage';
import { resolve } from 'node:path';

const EXIT_INVALID_INPUT = 2;

const POSTGRES_BACKUP = `On PostgreSQL, back up with pg_dump, which takes a consistent snapshot while the server runs:
  pg_dump --format=custom --file carelevel.dump "$DATABASE_URL"
and restore into a new, empty database with pg_restore (then run carelevel migrate as its owner):
  pg_restore --no-owner --dbname "postgres://owner@host/new_database" carelevel.dump
See docs/operations.md, Backups.
`;

function refuseOnPostgres(command: string): number | undefined {
  if (!resolveDatabaseLocation({}).url) return undefined;
  process.stderr.write(`carelevel ${command}: DATABASE_URL points at PostgreSQL; this command copies the SQLite file.\n${POSTGRES_BACKUP}`);
  return EXIT_INVALID_INPUT;
}

/** `carelevel backup --to FILE` and `carelevel restore --from FILE` for the SQLite database. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('Copy the SQLite database to a new file, consistently, while the server keeps serving (PostgreSQL: use pg_dump)')
    .requiredOption('--to <file>', 'the backup file to create (must not exist)')
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode =
        refuseOnPostgres('backup') ??
        (await run('backup', async () => {
          const { dataDir } = resolveDatabaseLocation({ dataDir: opts.dataDir });
          const { bytes } = await backupSqlite(dataDir, resolve(opts.to));
          return `backed up ${dataDir} to ${resolve(opts.to)} (${bytes} bytes, checked, owner-only)`;
        }));
    });
  program
    .command('restore')
    .description('Put a backup in place as the database of a new, empty data directory (PostgreSQL: use pg_restore)')
    .requiredOption('--from <file>', 'a file made by carelevel backup')
    .option('--data-dir <dir>', 'the new, empty data directory (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode =
        refuseOnPostgres('restore') ??
        (await run('restore', () => {
          const { dataDir } = resolveDatabaseLocation({ dataDir: opts.dataDir });
          restoreSqlite(resolve(opts.from), dataDir);
          return Promise.resolve(
            `restored ${resolve(opts.from)} into ${dataDir}; start the server there, then run carelevel audit verify --data-dir ${dataDir}`,
          );
        }));
    });
}

async function run(command: string, work: () => Promise<string>): Promise<number> {
  try {
    process.stdout.write(`${await work()}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    process.stderr.write(`carelevel ${command}: ${err.message}\n`);
    return EXIT_INVALID_INPUT;
  }
}
