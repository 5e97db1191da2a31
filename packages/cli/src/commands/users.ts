import { Option, type Command } from '@commander-js/extra-typings';
import { DomainError, ROLES } from '@carelevel/contract';
import { createUser } from '@carelevel/server';
import { openAppDatabase, resolveDatabaseLocation } from '@carelevel/storage';
import { optionName, readStdin } from './account-input.js';
import { registerUserLifecycle } from './users-lifecycle.js';

export const EXIT_INVALID_INPUT = 2;

/**
 * `carelevel users add --email E --role R [--program ID…]`, the password read from standard input; the
 * rest of an account's life (disable, enable, set-role, reset-password, list) in users-lifecycle.ts.
 */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage staff accounts');
  users
    .command('add')
    .description('Add a user; the password is read from standard input (at least 12 characters)')
    .requiredOption('--email <email>', 'sign-in email')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).makeOptionMandatory())
    .option('--program <id...>', 'program(s) a program-staff user works for')
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode = await runUsersAdd(opts, await readStdin());
    });
  registerUserLifecycle(users);
}

export async function runUsersAdd(
  opts: { email: string; role: (typeof ROLES)[number]; program?: string[] | undefined; dataDir?: string | undefined },
  stdin: string,
): Promise<number> {
  const password = stdin.replace(/\r?\n$/, '');
  const database = await openAppDatabase(resolveDatabaseLocation({ dataDir: opts.dataDir }));
  try {
    const user = await createUser(database.db, { email: opts.email, password, role: opts.role, programs: opts.program ?? [] });
    process.stdout.write(`added ${user.role} ${user.email} (${user.id})\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    process.stderr.write(`carelevel users add: the user was not added (${err.code}):\n`);
    for (const e of err.issues) process.stderr.write(`  ${optionName(e.path, opts.program ?? [])}: ${e.message}\n`);
    return EXIT_INVALID_INPUT;
  } finally {
    await database.close();
  }
}
