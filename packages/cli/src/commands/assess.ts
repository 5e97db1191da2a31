import { Option, type Command } from '@commander-js/extra-typings';
import { assess, formatIssues, LOCALES, type Locale } from '@carelevel/engine';
import { runBatch } from '../assess/batch.js';
import { InputError, parseJson, readInput } from '../assess/read-input.js';
import { textReport } from '../assess/text-report.js';

/** Exit status for input the user can fix: an invalid case, unreadable file, bad JSON. */
export const EXIT_INVALID_INPUT = 2;

/** `carelevel assess FILE [--format json|text]` and `carelevel assess --batch FILE.ndjson`. */
export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description('Recommend a level of care for a carelevel-case/1 document (FILE, or - for standard input)')
    .argument('<file>', 'a case file, an NDJSON file with --batch, or - for standard input')
    .addOption(new Option('--format <format>', 'output format (default: text; NDJSON with --batch)').choices(['json', 'text'] as const))
    .addOption(new Option('--lang <lang>', 'language of reasons and warnings').choices(LOCALES).default('en'))
    .option('--batch', 'read one case a line (NDJSON) and write one recommendation a line')
    .action(async (file, opts) => {
      process.exitCode = await runAssess(file, opts);
    });
}

export async function runAssess(
  file: string,
  opts: { format?: 'json' | 'text' | undefined; lang: Locale; batch?: true | undefined },
): Promise<number> {
  try {
    if (opts.batch) {
      if (opts.format === 'text')
        throw new InputError('--format: --batch writes NDJSON (one JSON document a line); use --format json or leave it out');
      const summary = await runBatch(file, opts.lang, process.stdout, process.stderr);
      if (summary.invalid > 0) {
        process.stderr.write(`${summary.invalid} of ${summary.cases} cases were invalid; their lines carry the field errors.\n`);
        return EXIT_INVALID_INPUT;
      }
      return 0;
    }
    const where = file === '-' ? 'standard input' : file;
    const doc = parseJson(await readInput(file), where);
    const result = assess(doc, { locale: opts.lang });
    if (!result.ok) {
      process.stderr.write(
        `${where}: not a valid carelevel-case/1 document (${result.errors.length} ${result.errors.length === 1 ? 'error' : 'errors'}):\n`,
      );
      for (const line of formatIssues(result.errors)) process.stderr.write(`  ${line}\n`);
      return EXIT_INVALID_INPUT;
    }
    process.stdout.write(
      opts.format === 'json' ? `${JSON.stringify(result.recommendation, null, 2)}\n` : textReport(result.recommendation, opts.lang),
    );
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`carelevel assess: ${err.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    throw err;
  }
}
