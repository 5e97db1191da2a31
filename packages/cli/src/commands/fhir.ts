import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from '@commander-js/extra-typings';
import { DomainError, fieldPathText } from '@carelevel/contract';
import { exportPerson, importResource } from '@carelevel/server';
import { openAppDatabase, resolveDatabaseLocation } from '@carelevel/storage';
import { EXIT_INVALID_INPUT } from './users.js';
import { DATA_DIR_HELP } from './with-database.js';

const AS_HELP = 'the account this acts as: its role and consents apply, and the audit log names it';

/**
 * `carelevel fhir export --patient ID --as EMAIL [--out FILE]`: everything the account may see about a
 * person as one FHIR Bundle, for a site without a live connection. `carelevel fhir import FILE --as
 * EMAIL`: a QuestionnaireResponse (fills the person's newest unsigned assessment) or a Patient.
 */
export function registerFhir(program: Command): void {
  const fhir = program.command('fhir').description('FHIR R4 files for sites without a live connection (docs/fhir.md)');
  fhir
    .command('export')
    .description("Write a person's record as a FHIR Bundle (JSON)")
    .requiredOption('--patient <id>', "the person's carelevel id")
    .requiredOption('--as <email>', AS_HELP)
    .option('--out <file>', 'write here instead of standard output')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (opts) => {
      process.exitCode = await runFhirExport(opts);
    });
  fhir
    .command('import')
    .description('Read a FHIR QuestionnaireResponse or Patient (JSON) into carelevel')
    .argument('<file>', 'the JSON file')
    .requiredOption('--as <email>', AS_HELP)
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (file, opts) => {
      process.exitCode = await runFhirImport(file, opts);
    });
}

/** Run with the database open; a DomainError is printed field by field (exit 2), never as a stack. */
async function withRecords(
  command: string,
  dataDir: string | undefined,
  work: (database: Awaited<ReturnType<typeof openAppDatabase>>) => Promise<number>,
): Promise<number> {
  const database = await openAppDatabase(resolveDatabaseLocation({ dataDir }));
  try {
    return await work(database);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    process.stderr.write(
      `carelevel fhir ${command}: nothing was ${command === 'export' ? 'written' : 'stored'} (${err.code})${err.issues.length > 0 ? ':' : ''}\n`,
    );
    // The checks are the API's, which name the request body; here the body is the file.
    for (const e of err.issues)
      process.stderr.write(
        `  ${e.path[0] === 'as' ? '--as' : fieldPathText(e.path[0] === 'body' ? ['file', ...e.path.slice(1)] : e.path)}: ${e.message}\n`,
      );
    return EXIT_INVALID_INPUT;
  } finally {
    await database.close();
  }
}

export function runFhirExport(opts: {
  patient: string;
  as: string;
  out?: string | undefined;
  dataDir?: string | undefined;
}): Promise<number> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(opts.patient)) {
    process.stderr.write(`carelevel fhir export: --patient: must be a carelevel person id (a UUID), not ${opts.patient}\n`);
    return Promise.resolve(EXIT_INVALID_INPUT);
  }
  return withRecords('export', opts.dataDir, async (database) => {
    const text = `${JSON.stringify(await exportPerson(database, opts.as, opts.patient), null, 2)}\n`;
    if (opts.out) writeFileSync(opts.out, text, { mode: 0o600 });
    else process.stdout.write(text);
    return 0;
  });
}

export function runFhirImport(file: string, opts: { as: string; dataDir?: string | undefined }): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `is not JSON (${err.message})` : 'cannot be read';
    process.stderr.write(`carelevel fhir import: ${file}: ${why}\n`);
    return Promise.resolve(EXIT_INVALID_INPUT);
  }
  return withRecords('import', opts.dataDir, async (database) => {
    const stored = await importResource(database, opts.as, input);
    process.stdout.write(`stored ${stored.resourceType}/${stored.id ?? ''}\n`);
    return 0;
  });
}
