import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';
import type { ByteSource } from '../csv/csv-pieces.js';
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

const RANGE_BYTES = 1 << 22;

/** An open file read a range at a time, so the import never holds the whole file. */
function fileSource(fd: number): ByteSource {
  return {
    size: fstatSync(fd).size,
    read(start, end) {
      const out = Buffer.allocUnsafe(end - start);
      let got = 0;
      while (got < out.length) {
        const n = readSync(fd, out, got, out.length - got, start + got);
        if (n === 0) break;
        got += n;
      }
      return out.subarray(0, got);
    },
  };
}

/** Read a file from disk, a range at a time, and import it in one transaction (see storeImport). */
export async function importFile(db: Kysely<AppTables>, path: string, options: ImportFileOptions = {}): Promise<ImportSummary> {
  const fd = openSync(path, 'r');
  try {
    const source = fileSource(fd);
    if (options.onSize) {
      let lines = 0;
      for (let start = 0; start < source.size; start += RANGE_BYTES) {
        const bytes = source.read(start, Math.min(source.size, start + RANGE_BYTES));
        for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
      }
      options.onSize(lines);
    }
    const file = options.label ?? path;
    const read = readPrograms(source, {
      file,
      zips: zipTable(),
      ...(options.format ? { format: options.format } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    return await storeImport(db, { file, format: read.format, rows: read.rows }, options);
  } finally {
    closeSync(fd);
  }
}
