import type { Command } from '@commander-js/extra-typings';
import { createApiToken, findUserByEmail, listApiTokens, revokeApiToken } from '@carelevel/server';
import { withDatabase } from './with-database.js';

/**
 * `carelevel tokens create --email E [--label L]`: prints a new API token for scripts (shown once).
 * `carelevel tokens list --email E` and `carelevel tokens revoke --id ID`: find and retire one.
 */
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
  tokens
    .command('list')
    .description("List a user's tokens: id, label, when made, when revoked (never the tokens themselves)")
    .requiredOption('--email <email>', 'whose tokens')
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode = await runTokensList(opts);
    });
  tokens
    .command('revoke')
    .description('Revoke a token for good (find its id with tokens list)')
    .requiredOption('--id <id>', 'the token id')
    .option('--data-dir <dir>', 'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data)')
    .action(async (opts) => {
      process.exitCode = await runTokensRevoke(opts);
    });
}

export function runTokensList(opts: { email: string; dataDir?: string | undefined }): Promise<number> {
  return withDatabase(opts.dataDir, async (db) => {
    const user = await findUserByEmail(db, opts.email);
    if (!user) {
      process.stderr.write(`carelevel tokens list: --email: no user ${opts.email}\n`);
      return 2;
    }
    const rows = await listApiTokens(db, user.id);
    if (rows.length === 0) process.stderr.write(`no tokens for ${opts.email}\n`);
    for (const t of rows)
      process.stdout.write(`${t.id}\t${t.label}\tcreated ${t.createdAt}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'live'}\n`);
    return 0;
  });
}

export function runTokensRevoke(opts: { id: string; dataDir?: string | undefined }): Promise<number> {
  return withDatabase(opts.dataDir, async (db) => {
    if (!(await revokeApiToken(db, opts.id))) {
      process.stderr.write(`carelevel tokens revoke: --id: no live token ${opts.id}; see carelevel tokens list --email E\n`);
      return 2;
    }
    process.stdout.write(`revoked ${opts.id}\n`);
    return 0;
  });
}

export function runTokensCreate(opts: { email: string; label: string; dataDir?: string | undefined }): Promise<number> {
  return withDatabase(opts.dataDir, async (db) => {
    const user = await findUserByEmail(db, opts.email);
    if (!user) {
      process.stderr.write(`carelevel tokens create: --email: no user ${opts.email}; add one with carelevel users add\n`);
      return 2;
    }
    const { token } = await createApiToken(db, user.id, opts.label);
    process.stdout.write(`${token}\n`);
    return 0;
  });
}
