import type { Command } from '@commander-js/extra-typings';
import { grantAppRole, openAppDatabase, resolveDatabaseLocation } from '@carelevel/storage';

/**
 * `carelevel migrate [--app-role NAME]`: bring the database's schema up to date as the role in
 * DATABASE_URL (on PostgreSQL, the owner), and let the server's own role read and write the records
 * but only insert into and read the audit log.
 */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending migrations now (serve also does, when its role may); on PostgreSQL run it as the owner role')
    .option(
      '--app-role <name>',
      'PostgreSQL: the role the server connects as; granted what it needs, and insert/select only on the audit log',
    )
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      const database = await openAppDatabase(resolveDatabaseLocation({ dataDir: opts.dataDir }));
      try {
        if (opts.appRole !== undefined) {
          if (database.dialect !== 'postgres') {
            process.stderr.write('carelevel migrate: --app-role: roles are a PostgreSQL setting; SQLite has none\n');
            process.exitCode = 2;
            return;
          }
          await grantAppRole(database.db, opts.appRole);
          process.stdout.write(`granted ${opts.appRole}: records read and write, audit log insert and select only\n`);
        }
        process.stdout.write(`database ${database.dialect} at ${database.where} is up to date\n`);
      } finally {
        await database.close();
      }
    });
}
