import { Option, type Command } from '@commander-js/extra-typings';
import { DomainError, ROLES, type UserListing } from '@carelevel/contract';
import {
  DEFAULT_SESSION_POLICY,
  disableUser,
  enableUser,
  findUserByEmail,
  listUsers,
  resetPassword,
  resetSecondFactor,
  setRole,
  type Changer,
} from '@carelevel/server';
import type { AppDatabase } from '@carelevel/storage';
import { optionName, readStdin } from './account-input.js';
import { DATA_DIR_HELP, withDatabase } from './with-database.js';

/** Changes made at the command line are audited as the operator's: no account, from "cli". */
const OPERATOR: Changer = { actorId: null, ip: 'cli' };
const EXIT_INVALID_INPUT = 2;

type Db = AppDatabase['db'];

/** Find the account by email and run one change; problems are printed as the person typed the options. */
function onUser(
  command: string,
  opts: { email: string; dataDir?: string | undefined; program?: string[] | undefined },
  work: (db: Db, userId: string) => Promise<string>,
): Promise<number> {
  return withDatabase(opts.dataDir, async (db) => {
    const user = await findUserByEmail(db, opts.email);
    if (!user) {
      process.stderr.write(`carelevel users ${command}: --email: no user ${opts.email}; see carelevel users list\n`);
      return EXIT_INVALID_INPUT;
    }
    try {
      process.stdout.write(`${await work(db, user.id)}\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      process.stderr.write(`carelevel users ${command}: nothing was changed (${err.code}): ${err.message}\n`);
      for (const e of err.issues) process.stderr.write(`  ${optionName(e.path, opts.program ?? [])}: ${e.message}\n`);
      return EXIT_INVALID_INPUT;
    }
  });
}

const state = (u: UserListing): string =>
  u.disabledAt ? `disabled ${u.disabledAt}` : u.lockedUntil ? `locked until ${u.lockedUntil}` : 'active';

/** `users disable|enable|set-role|reset-password|reset-second-factor|list`: an account from start to end. */
export function registerUserLifecycle(users: Command): void {
  users
    .command('list')
    .description('Every account: email, role, programs, state, second factor, live sessions (tab-separated)')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await withDatabase(opts.dataDir, async (db) => {
        for (const u of await listUsers(db, DEFAULT_SESSION_POLICY.idleMs))
          process.stdout.write(
            `${u.email}\t${u.role}\t${u.programs.join(',') || '-'}\t${state(u)}\t${u.secondFactor ? 'totp' : 'no second factor'}\t${u.activeSessions} sessions\n`,
          );
        return 0;
      });
    });
  users
    .command('disable')
    .description('Disable an account: every session ends and every API token is revoked at once')
    .requiredOption('--email <email>', 'the account')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await onUser('disable', opts, async (db, id) => `disabled ${(await disableUser(db, id, OPERATOR)).email}`);
    });
  users
    .command('enable')
    .description('Enable an account again (and lift a lockout); its revoked API tokens stay revoked')
    .requiredOption('--email <email>', 'the account')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await onUser('enable', opts, async (db, id) => `enabled ${(await enableUser(db, id, OPERATOR)).email}`);
    });
  users
    .command('set-role')
    .description("Change an account's role, and the programs of program staff")
    .requiredOption('--email <email>', 'the account')
    .addOption(new Option('--role <role>', 'the new role').choices(ROLES).makeOptionMandatory())
    .option('--program <id...>', 'program(s) a program-staff user works for')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await onUser('set-role', opts, async (db, id) => {
        const u = await setRole(db, id, opts.role, opts.program ?? [], OPERATOR);
        return `${u.email} is now ${u.role}${u.programs.length ? ` (${u.programs.join(', ')})` : ''}`;
      });
    });
  users
    .command('reset-password')
    .description('Set a new password read from standard input (at least 12 characters); every session of the account ends')
    .requiredOption('--email <email>', 'the account')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      const password = (await readStdin()).replace(/\r?\n$/, '');
      process.exitCode = await onUser(
        'reset-password',
        opts,
        async (db, id) => `new password set for ${(await resetPassword(db, id, password, OPERATOR)).email}`,
      );
    });
  users
    .command('reset-second-factor')
    .description("Remove an account's authenticator and recovery codes (a lost phone); it enrols again at sign-in if required")
    .requiredOption('--email <email>', 'the account')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await onUser(
        'reset-second-factor',
        opts,
        async (db, id) => `second factor removed for ${(await resetSecondFactor(db, id, OPERATOR)).email}`,
      );
    });
}
