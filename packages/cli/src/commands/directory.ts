import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CommanderError, Option, type Command } from '@commander-js/extra-typings';
import {
  buildIndex,
  DIRECTORY_LOCALES,
  ENCODINGS,
  formatIssue,
  generateSampleDirectory,
  circleArea,
  IMPORT_FORMATS,
  listSnapshots,
  LOCATOR_EXPORT_URL,
  LocatorAnswerError,
  LocatorUnavailableError,
  programRecord,
  refreshDirectory,
  stateArea,
  ImportFileError,
  importFile,
  ImportRejectedError,
  loadIndex,
  MEDICATIONS,
  parseFilterOption,
  parseLanguageOption,
  parseNumberOption,
  PAYMENTS,
  POPULATIONS,
  resolveNear,
  SAMPLE_COUNT,
  SAMPLE_SEED,
  SCHEDULE_TRACKS,
  SCOPES,
  SearchInputError,
  searchPrograms,
  searchResponseText,
  searchResponseView,
  SERVICES,
  WITHDRAWAL_SETTINGS,
  zipTable,
  type Encoding,
  type ImportFormat,
  type ImportIssue,
  type Program,
  type Scope,
} from '@carelevel/directory';
import { LEVEL_CODES } from '@carelevel/engine';
import { openAppDatabase, resolveDatabaseLocation, type AppDatabase } from '@carelevel/storage';
import cliProgress from 'cli-progress';

/** Exit status for input the user can fix (bad option, bad file). */
const EXIT_INVALID_INPUT = 2;
/** Issues printed before "and N more"; the full list goes to the report with --skip-invalid. */
const MAX_ISSUES_SHOWN = 50;

class UsageError extends Error {
  constructor(option: string, rule: string) {
    super(`${option}: ${rule}`);
  }
}

/** Commander's own usage errors (unknown option, bad choice) exit 2 like ours; help stays 0. */
function usageExitsTwo<T extends Command<unknown[], Record<string, unknown>>>(cmd: T): T {
  cmd.exitOverride((err) => {
    throw err.exitCode === 0 ? err : new CommanderError(EXIT_INVALID_INPUT, err.code, err.message);
  });
  return cmd;
}

/** `carelevel directory import|refresh|history|show|search`. */
export function registerDirectory(program: Command): void {
  const directory = program.command('directory').description('import and search treatment programs');
  usageExitsTwo(directory);

  usageExitsTwo(
    directory
      .command('import')
      .description('import program listings (national locator exports, OTP directory, carelevel CSV/JSON) in one transaction')
      .argument('<file>', 'the file to import')
      .addOption(new Option('--format <format>', 'file format (default: detected)').choices(IMPORT_FORMATS))
      .addOption(new Option('--encoding <encoding>', 'text encoding of the file').choices(ENCODINGS).default('utf-8'))
      .option('--skip-invalid', 'import the valid rows and write a report of the skipped ones')
      .option('--report <path>', 'where to write the skipped-rows report (with --skip-invalid)')
      .option('--data-dir <dir>', 'data directory (default: $CARELEVEL_DATA_DIR or ./.data)'),
  ).action(async (file, opts) => {
    process.exitCode = await guard('import', () => runImport(file, opts));
  });

  usageExitsTwo(
    directory
      .command('refresh')
      .description("refresh the directory from the national locator's JSON export: page through an area, then import it as one snapshot")
      .option('--url <url>', "the export's address", LOCATOR_EXPORT_URL)
      .option('--near <where>', 'the centre: a 5-digit ZIP, LAT,LON, or a place like "Springfield, IL"')
      .option('--state <XX>', 'sweep a whole state with overlapping circles of --radius instead of one circle')
      .option('--radius <miles>', 'radius of the circle (or of each circle of a state sweep), in miles', '25')
      .addOption(new Option('--type <type>', 'which listings (default: both)').choices(['substance-use', 'mental-health'] as const))
      .option('--resume', 'continue an interrupted refresh of the same address and area from the last page fetched')
      .option('--page-size <n>', 'programs per page (1–2000)', '100')
      .option('--pause <ms>', 'pause between pages, in milliseconds (be polite to the service)', '1000')
      .option('--retries <n>', 'tries again after a 429, a 5xx or a timeout (0–10)', '5')
      .option('--timeout <seconds>', 'how long to wait for one page', '60')
      .option('--skip-invalid', 'import the valid listings and report the others')
      .option('--data-dir <dir>', 'data directory (default: $CARELEVEL_DATA_DIR or ./.data)'),
  ).action(async (opts) => {
    process.exitCode = await guard('refresh', () => runRefresh(opts));
  });

  usageExitsTwo(
    directory
      .command('history')
      .description('list the directory snapshots: every import, refresh and correction, with what each changed')
      .option('--limit <n>', 'how many, newest first (1–1000)', '50')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'text'] as const).default('text' as const))
      .option('--data-dir <dir>', 'data directory (default: $CARELEVEL_DATA_DIR or ./.data)'),
  ).action(async (opts) => {
    process.exitCode = await guard('history', () => runHistory(opts));
  });

  usageExitsTwo(
    directory
      .command('show')
      .description('show one program, listed or not, with the history of its fields')
      .argument('<id>', 'the program id (p_…)')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'text'] as const).default('text' as const))
      .option('--data-dir <dir>', 'data directory (default: $CARELEVEL_DATA_DIR or ./.data)'),
  ).action(async (id, opts) => {
    process.exitCode = await guard('show', () => runShow(id, opts));
  });

  usageExitsTwo(
    directory
      .command('search')
      .description('find programs near a ZIP code, a LAT,LON point or a place, ranked by fit')
      .requiredOption('--near <where>', 'a 5-digit ZIP, LAT,LON, or a place like "Springfield, IL"')
      .option('--radius <miles>', 'search radius in miles', '25')
      .addOption(
        new Option('--scope <scope>', 'what is treated (substance-use and mental-health also find co-occurring programs)').choices(SCOPES),
      )
      .option('--level <levels>', `levels of care, comma-separated (any of them): ${LEVEL_CODES.join(', ')}`)
      .option('--withdrawal <settings>', `withdrawal management: ${WITHDRAWAL_SETTINGS.join(', ')}`)
      .option('--medication <medications>', `medications: ${MEDICATIONS.join(', ')}`)
      .option('--payment <payments>', `payment accepted: ${PAYMENTS.join(', ')}`)
      .option('--service <services>', `services: ${SERVICES.join(', ')}`)
      .option('--population <groups>', `groups served: ${POPULATIONS.join(', ')}`)
      .option('--language <codes>', 'languages, as codes like es, vi')
      .option('--track <tracks>', `IOP/PHP schedule tracks: ${SCHEDULE_TRACKS.join(', ')}`)
      .option('--accepting-now', 'only programs that recently reported taking new clients')
      .addOption(new Option('--sort <order>', 'ranking').choices(['fit', 'distance'] as const).default('fit' as const))
      .option('--limit <n>', 'results per page (1–200)', '20')
      .option('--offset <n>', 'results to skip (for the next page)', '0')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'text'] as const).default('text' as const))
      .addOption(new Option('--lang <lang>', 'language of the text output').choices(['en', 'es'] as const).default('en' as const))
      .option('--data-dir <dir>', 'data directory (default: $CARELEVEL_DATA_DIR or ./.data)'),
  ).action(async (opts) => {
    process.exitCode = await guard('search', () => runSearch(opts));
  });
}

/** Every failure becomes a message and an exit status; never a stack trace. */
async function guard(command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    const prefix = `carelevel directory ${command}`;
    if (err instanceof LocatorAnswerError) {
      process.stderr.write(`${prefix}: nothing was imported; ${err.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    if (err instanceof LocatorUnavailableError) {
      process.stderr.write(
        `${prefix}: nothing was imported; ${err.message}. The pages fetched so far are kept: run again with --resume to continue.\n`,
      );
      return 1;
    }
    if (err instanceof UsageError || err instanceof SearchInputError) {
      process.stderr.write(`${prefix}: ${err.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    if (err instanceof ImportFileError || err instanceof ImportRejectedError) {
      const issues = err.issues;
      process.stderr.write(`${prefix}: nothing was imported; ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n`);
      for (const i of issues.slice(0, MAX_ISSUES_SHOWN)) process.stderr.write(`  ${formatIssue(i)}\n`);
      if (issues.length > MAX_ISSUES_SHOWN)
        process.stderr.write(
          `  … and ${issues.length - MAX_ISSUES_SHOWN} more (use --skip-invalid to import the valid rows and get a full report)\n`,
        );
      return EXIT_INVALID_INPUT;
    }
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      process.stderr.write(
        `${prefix}: ${(err as { path?: string }).path ?? 'file'}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'permission denied'}\n`,
      );
      return EXIT_INVALID_INPUT;
    }
    process.stderr.write(`${prefix}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** The directory lives in the app's database (the same data directory or DATABASE_URL as `serve`), brought up to date on opening. */
async function withDatabase<R>(dataDir: string | undefined, use: (db: AppDatabase) => Promise<R>): Promise<R> {
  const where = resolveDatabaseLocation({ dataDir });
  const opened = await openAppDatabase(where.url ? { url: where.url } : { dataDir: where.dataDir });
  try {
    return await use(opened);
  } finally {
    await opened.close();
  }
}

interface ImportOptions {
  format?: ImportFormat | undefined;
  encoding: Encoding;
  skipInvalid?: true | undefined;
  report?: string | undefined;
  dataDir?: string | undefined;
}

async function runImport(file: string, opts: ImportOptions): Promise<number> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'importing [{bar}] {percentage}% | {value}/{total} rows', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const summary = await withDatabase(opts.dataDir, (opened) =>
    importFile(opened.db, file, {
      label: file,
      encoding: opts.encoding,
      skipInvalid: opts.skipInvalid === true,
      ...(opts.format ? { format: opts.format } : {}),
      ...(bar
        ? {
            onSize: (lines: number) => {
              bar.start(Math.max(lines - 1, 1), 0);
            },
            onProgress: (rows: number) => {
              bar.update(rows);
            },
          }
        : {}),
    }).finally(() => bar?.stop()),
  );
  process.stdout.write(
    `Imported ${summary.rowsImported} programs from ${file} (format ${summary.format}); ${summary.rowsSkipped} rows skipped.\n` +
      `${summary.added} added, ${summary.changed} changed, ${summary.unchanged} unchanged${keptNote(summary.keptAsBefore)} ` +
      `(see \`carelevel directory history\`).\n`,
  );
  if (summary.skipped.length > 0) {
    const where = resolveDatabaseLocation({ dataDir: opts.dataDir });
    const path =
      opts.report ??
      join(where.dataDir, 'import-reports', `${basename(file)}-${new Date().toISOString().replace(/[:.]/g, '-')}.skipped.csv`);
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, skippedReport(summary.skipped));
    process.stdout.write(`Skipped rows are listed in ${path}\n`);
  }
  return 0;
}

function skippedReport(issues: readonly ImportIssue[]): string {
  const cell = (v: string | number): string => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return (
    ['file,line,column,field,message', ...issues.map((i) => [i.file, i.line, i.column, i.field, i.message].map(cell).join(','))].join(
      '\n',
    ) + '\n'
  );
}

interface SearchOptions {
  near: string;
  radius: string;
  scope?: Scope | undefined;
  level?: string | undefined;
  withdrawal?: string | undefined;
  medication?: string | undefined;
  payment?: string | undefined;
  service?: string | undefined;
  population?: string | undefined;
  language?: string | undefined;
  track?: string | undefined;
  acceptingNow?: true | undefined;
  sort: 'fit' | 'distance';
  limit: string;
  offset: string;
  format: 'json' | 'text';
  lang: 'en' | 'es';
  dataDir?: string | undefined;
}

async function runSearch(opts: SearchOptions): Promise<number> {
  // Check every option before touching the database.
  const radiusMiles = parseNumberOption('--radius', opts.radius, { min: 0.1, max: 3000 }) as number;
  const limit = parseNumberOption('--limit', opts.limit, { min: 1, max: 200, integer: true }) as number;
  const offset = parseNumberOption('--offset', opts.offset, { min: 0, max: 1_000_000, integer: true }) as number;
  const filters = {
    levels: parseFilterOption('--level', opts.level, LEVEL_CODES),
    withdrawalManagement: parseFilterOption('--withdrawal', opts.withdrawal, WITHDRAWAL_SETTINGS),
    medications: parseFilterOption('--medication', opts.medication, MEDICATIONS),
    payments: parseFilterOption('--payment', opts.payment, PAYMENTS),
    services: parseFilterOption('--service', opts.service, SERVICES),
    populations: parseFilterOption('--population', opts.population, POPULATIONS),
    languages: parseLanguageOption('--language', opts.language),
    scheduleTracks: parseFilterOption('--track', opts.track, SCHEDULE_TRACKS),
  };
  const zips = zipTable();
  const near = resolveNear(opts.near, zips);
  if (near.kind === 'unknown') throw new UsageError('--near', near.rule);
  if (near.kind === 'choices') {
    const list = near.choices.map((c) => `${c.city}, ${c.state}`);
    throw new UsageError(
      '--near',
      `"${opts.near}" matches ${list.length} places; add the state, one of: ${list.slice(0, 30).join('; ')}${list.length > 30 ? '; …' : ''}`,
    );
  }
  const index = await withDatabase(opts.dataDir, (opened) => loadIndex(opened.db));
  let ix = index;
  if (index.programs.length === 0) {
    // No real data imported yet: search the fictional sample, and say so.
    ix = buildIndex(generateSampleDirectory({ seed: SAMPLE_SEED, count: SAMPLE_COUNT, asOf: new Date(), zips }));
    process.stderr.write(
      'The directory is empty; searching the fictional sample directory. Import real listings with `carelevel directory import FILE`.\n',
    );
  }
  const response = searchPrograms(ix, {
    near: near.coordinates,
    radiusMiles,
    ...(opts.scope ? { scope: opts.scope } : {}),
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    ...(opts.acceptingNow ? { acceptingNow: true } : {}),
    sort: opts.sort,
    limit,
    offset,
    now: new Date(),
  });
  if (opts.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ near: { label: near.label, ...near.coordinates }, radiusMiles, ...searchResponseView(response) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(searchResponseText(response, { label: near.label, radiusMiles }, DIRECTORY_LOCALES[opts.lang], opts.lang));
  }
  return 0;
}

interface RefreshCliOptions {
  url: string;
  near?: string | undefined;
  state?: string | undefined;
  radius: string;
  type?: 'substance-use' | 'mental-health' | undefined;
  resume?: true | undefined;
  pageSize: string;
  pause: string;
  retries: string;
  timeout: string;
  skipInvalid?: true | undefined;
  dataDir?: string | undefined;
}

async function runRefresh(opts: RefreshCliOptions): Promise<number> {
  // Check every option before touching the network or the database.
  const radiusMiles = parseNumberOption('--radius', opts.radius, { min: 1, max: 500 }) as number;
  const pageSize = parseNumberOption('--page-size', opts.pageSize, { min: 1, max: 2000, integer: true }) as number;
  const pauseMs = parseNumberOption('--pause', opts.pause, { min: 0, max: 600_000, integer: true }) as number;
  const retries = parseNumberOption('--retries', opts.retries, { min: 0, max: 10, integer: true }) as number;
  const timeoutSeconds = parseNumberOption('--timeout', opts.timeout, { min: 1, max: 600 }) as number;
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    throw new UsageError('--url', `must be an http or https address, got "${opts.url}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError('--url', `must be an http or https address, got "${opts.url}"`);
  if ((opts.near === undefined) === (opts.state === undefined))
    throw new UsageError('--near', 'give either --near or --state (one of them)');
  const zips = zipTable();
  let area;
  if (opts.state !== undefined) {
    const state = opts.state.toUpperCase();
    if (!/^[A-Z]{2}$/.test(state)) throw new UsageError('--state', `must be a two-letter state code like VA, got "${opts.state}"`);
    area = stateArea(state, radiusMiles, zips, opts.type);
    if (!area) throw new UsageError('--state', `no ZIP code of the offline table is in "${state}"`);
  } else {
    const near = resolveNear(opts.near ?? '', zips);
    if (near.kind === 'unknown') throw new UsageError('--near', near.rule);
    if (near.kind === 'choices')
      throw new UsageError(
        '--near',
        `"${opts.near ?? ''}" matches ${near.choices.length} places; add the state, like "${near.choices[0]?.city ?? ''}, ${near.choices[0]?.state ?? ''}"`,
      );
    area = circleArea(near.coordinates, radiusMiles, opts.type);
  }
  const where = resolveDatabaseLocation({ dataDir: opts.dataDir });
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'fetching [{bar}] page {value}/{total} | {programs} programs', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let barStarted = false;
  const summary = await withDatabase(opts.dataDir, (opened) =>
    refreshDirectory(opened.db, {
      url: url.toString(),
      area,
      pageSize,
      pauseMs,
      policy: {
        attempts: retries + 1,
        backoffMs: Math.max(pauseMs, 250),
        timeoutMs: timeoutSeconds * 1000,
        onRetry: (address, attempt, reason, waitMs) => {
          const page = new URL(address).searchParams.get('page') ?? '?';
          const line = `page ${page} did not answer (${reason}); trying again in ${Math.round(waitMs / 100) / 10} s (try ${attempt + 1} of ${retries + 1})`;
          process.stderr.write(`${bar ? '\n' : ''}${line}\n`);
        },
      },
      workDir: join(where.dataDir, 'refresh'),
      ...(opts.resume ? { resume: true } : {}),
      skipInvalid: opts.skipInvalid === true,
      onFetch: (p) => {
        if (!bar) return;
        if (!barStarted) {
          bar.start(p.pagesKnown, p.pagesFetched, { programs: p.programs });
          barStarted = true;
        }
        bar.setTotal(p.pagesKnown);
        bar.update(p.pagesFetched, { programs: p.programs });
      },
    }).finally(() => bar?.stop()),
  );
  const resumed = summary.pagesResumed > 0 ? ` (${summary.pagesResumed} from the interrupted run)` : '';
  process.stdout.write(
    `Refreshed from ${summary.file}: ${summary.pages} pages${resumed}, ${summary.rowsImported} programs; ` +
      `${summary.added} added, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.noLongerListed} no longer listed` +
      `${summary.rowsSkipped > 0 ? `, ${summary.rowsSkipped} rows skipped` : ''}${keptNote(summary.keptAsBefore)}.\n`,
  );
  for (const i of summary.skipped.slice(0, MAX_ISSUES_SHOWN)) process.stderr.write(`  skipped: ${formatIssue(i)}\n`);
  return 0;
}

/** Programs the source still lists whose rows were skipped as invalid: they stay as they were, in search. */
const keptNote = (n: number): string => (n > 0 ? `, ${n} still listed but skipped as invalid (kept as they were)` : '');

async function runHistory(opts: { limit: string; format: 'json' | 'text'; dataDir?: string | undefined }): Promise<number> {
  const limit = parseNumberOption('--limit', opts.limit, { min: 1, max: 1000, integer: true }) as number;
  const snapshots = await withDatabase(opts.dataDir, (opened) => listSnapshots(opened.db, limit));
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(snapshots, null, 2)}\n`);
    return 0;
  }
  if (snapshots.length === 0) {
    process.stdout.write('No snapshots yet: import a file or refresh from the locator.\n');
    return 0;
  }
  for (const s of snapshots) {
    const area = s.area ? ` [${s.area}]` : '';
    process.stdout.write(
      `#${s.seq}  ${s.finishedAt}  ${s.kind}  ${s.source}${area}\n` +
        `     ${s.added} added, ${s.changed} changed, ${s.unchanged} unchanged, ${s.noLongerListed} no longer listed` +
        `${s.rowsSkipped > 0 ? `, ${s.rowsSkipped} rows skipped` : ''}\n`,
    );
  }
  return 0;
}

const shownValue = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '(empty)' : typeof v === 'string' ? v : JSON.stringify(v);

/** A program's hours on one line: "open 24 hours, every day", or "mon 08:00–17:00, sat 09:00–12:00", and the note. */
function hoursText(hours: Program['hours']): string {
  if (!hours) return 'not given';
  const when = hours.open24Hours ? 'open 24 hours, every day' : hours.times.map((t) => `${t.day} ${t.opens}–${t.closes}`).join(', ');
  return hours.note ? `${when} (${hours.note})` : when;
}

async function runShow(id: string, opts: { format: 'json' | 'text'; dataDir?: string | undefined }): Promise<number> {
  const record = await withDatabase(opts.dataDir, (opened) => programRecord(opened.db, id));
  if (!record) throw new UsageError('ID', `no program has the id "${id}"`);
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return 0;
  }
  const p = record.program;
  const a = p.address;
  const lines = [
    `${p.name}${p.name2 ? ` — ${p.name2}` : ''}  (${p.id})`,
    `  ${[a.street1, a.street2, a.city, `${a.state} ${a.zip}`].filter(Boolean).join(', ')}`,
    `  phone ${shownValue(p.phone)}${p.intakePhone ? `, intake ${p.intakePhone}` : ''}`,
    `  levels ${p.care.levels.join(', ') || '(none)'}`,
    `  hours: ${hoursText(p.hours)}`,
    `  source ${p.source}${p.sourceId ? ` ${p.sourceId}` : ''}; last confirmed ${p.lastVerified ?? 'never'}`,
    record.noLongerListedSince ? `  NO LONGER LISTED since ${record.noLongerListedSince} (kept for the records that name it)` : '  listed',
  ];
  for (const [field, s] of Object.entries(record.staffFields))
    lines.push(`  ${field} corrected by ${s.by} at ${s.at} (the source said ${shownValue(s.locator)}; kept until the source changes it)`);
  lines.push('History:');
  for (const h of record.history) {
    lines.push(`  ${h.at}  ${h.kind} ${h.source}: ${h.outcome}`);
    for (const [field, c] of Object.entries(h.changes ?? {})) lines.push(`      ${field}: ${shownValue(c.from)} → ${shownValue(c.to)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
