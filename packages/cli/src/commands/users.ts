import { Option, type Command } from '@commander-js/extra-typings';
import { resolveDatabaseLocation } from '@carelevel/directory';
import { ApiError, createUser, openServerDatabase, ROLES } from '@carelevel/server';

export const EXIT_INVALID_INPUT = 2;

/** `carelevel users add --email E --role R [--program ID…]`, the password read from standard input. */
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
}

export async function runUsersAdd(
  opts: { email: string; role: (typeof ROLES)[number]; program?: string[] | undefined; dataDir?: string | undefined },
  stdin: string,
): Promise<number> {
  const password = stdin.replace(/\r?\n$/, '');
  const database = await openServerDatabase(resolveDatabaseLocation({ dataDir: opts.dataDir }));
  try {
    const user = await createUser(database.db, { email: opts.email, password, role: opts.role, programs: opts.program ?? [] });
    process.stdout.write(`added ${user.role} ${user.email} (${user.id})\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    process.stderr.write(`carelevel users add: the user was not added (${err.code}):\n`);
    for (const e of err.errors) process.stderr.write(`  ${optionName(e.path, opts.program ?? [])}: ${e.message}\n`);
    return EXIT_INVALID_INPUT;
  } finally {
    await database.close();
  }
}

/** The option a field error is about, as the person typed it: `programs.1` is the second `--program`. */
function optionName(path: string, programs: readonly string[]): string {
  if (path === 'password') return 'password (standard input)';
  const program = /^programs\.(\d+)$/.exec(path);
  if (program) return `--program ${programs[Number(program[1])] ?? ''}`.trimEnd();
  return `--${path === 'programs' ? 'program' : path}`;
}

/** Read all of standard input (a password piped in, or typed and ended with Ctrl-D). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
