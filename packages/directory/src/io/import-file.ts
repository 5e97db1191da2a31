import { readFile } from 'node:fs/promises';
import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';
import type { Encoding } from '../csv/decode-text.js';
import { zipTable } from '../geo/zip-centroids.js';
import type { ImportFormat } from '../importers/detect-format.js';
import { readPrograms } from '../importers/read-programs.js';
import { storeImport, type ImportSummary, type StoreOptions } from '../store/program-store.js';

export interface ImportFileOptions extends StoreOptions {
  readonly format?: ImportFormat;
  readonly encoding?: Encoding;
  /** Shown in issues instead of the path (e.g. the name the user typed). */
  readonly label?: string;
  /** Called once with the file's line count, for a progress bar. */
  readonly onSize?: (lines: number) => void;
}

/** Read a file from disk and import it in one transaction (see storeImport). */
export async function importFile(db: Kysely<AppTables>, path: string, options: ImportFileOptions = {}): Promise<ImportSummary> {
  const bytes = await readFile(path);
  if (options.onSize) {
    let lines = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
    options.onSize(lines);
  }
  const file = options.label ?? path;
  const read = readPrograms(bytes, {
    file,
    zips: zipTable(),
    ...(options.format ? { format: options.format } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  return storeImport(db, { file, format: read.format, rows: read.rows }, options);
}
