import type { Command } from '@commander-js/extra-typings';
import { resolveDatabaseLocation } from '@carelevel/directory';
import { createApiToken, findUserByEmail, openServerDatabase } from '@carelevel/server';

/** `carelevel tokens create --email E [--label L]`: prints a new API token for scripts (shown once). */
export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('API tokens for scripts (Authorization: Bearer)');
  tokens
    .command('create')
    .description('Create an API token for a user and print it (it is stored only as a hash)')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--label <label>', 'what the token is for', 'cli')
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode = await runTokensCreate(opts);
    });
}

export async function runTokensCreate(opts: { email: string; label: string; dataDir?: string | undefined }): Promise<number> {
  const database = await openServerDatabase(resolveDatabaseLocation({ dataDir: opts.dataDir }));
  try {
    const user = await findUserByEmail(database.db, opts.email);
    if (!user) {
      process.stderr.write(`carelevel tokens create: --email: no user ${opts.email}; add one with carelevel users add\n`);
      return 2;
    }
    const { token } = await createApiToken(database.db, user.id, opts.label);
    process.stdout.write(`${token}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
