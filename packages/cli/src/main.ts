import { Command } from '@commander-js/extra-typings';
import { registerAssess } from './commands/assess.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerDirectory } from './commands/directory.js';
import { registerFhir } from './commands/fhir.js';
import { registerMigrate } from './commands/migrate.js';
import { registerReports } from './commands/reports.js';
import { registerServe } from './commands/serve.js';
import { registerTokens } from './commands/tokens.js';
import { registerUsers } from './commands/users.js';
import { versionText } from './version.js';

/** Build the `carelevel` program. Commands live one per file under ./commands. */
export function buildProgram(): Command {
  const program = new Command()
    .name('carelevel')
    .description('Open, explainable level-of-care decision support. It supports a clinician\u2019s judgment; it does not replace it.')
    .version(versionText(), '-V, --version', 'print the app version and the rules version')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerAssess(program);
  registerDirectory(program);
  registerServe(program);
  registerUsers(program);
  registerTokens(program);
  registerAudit(program);
  registerReports(program);
  registerBackup(program);
  registerMigrate(program);
  registerFhir(program);
  return program;
}

/** Run the CLI with argv; resolves to the process exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code; // commander already printed help or the usage error
    throw err;
  }
}
