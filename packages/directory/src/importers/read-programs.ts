import { FileText, wholeText, type ByteSource } from '../csv/csv-pieces.js';
import { EncodingError, type Encoding } from '../csv/decode-text.js';
import type { ZipTable } from '../geo/zip-centroids.js';
import { IdentityAllocator } from '../model/program-identity.js';
import { readCarelevelCsv, readCarelevelJson } from './carelevel-formats.js';
import { detectFormat, type ImportFormat } from './detect-format.js';
import { ImportFileError } from './import-issue.js';
import { readLocatorApiJson } from './locator-api-json.js';
import { readLocatorCsv } from './locator-csv.js';
import { readOtpDirectory } from './otp-directory.js';
import { readReadableServicesCsv } from './readable-services-csv.js';
import type { FormatReader, RowOutcome } from './row-outcome.js';

const READERS: Readonly<Record<ImportFormat, FormatReader>> = {
  'locator-wide': (t, c) => readLocatorCsv(t, c, 'wide'),
  'locator-service-code-info': (t, c) => readLocatorCsv(t, c, 'service-code-info'),
  'locator-listing': (t, c) => readLocatorCsv(t, c, 'listing'),
  'locator-api-json': (t, c) => readLocatorApiJson(wholeText(t), c),
  'locator-readable-csv': readReadableServicesCsv,
  'otp-directory': readOtpDirectory,
  'carelevel-csv': readCarelevelCsv,
  'carelevel-json': (t, c) => readCarelevelJson(wholeText(t), c),
};

export interface ReadOptions {
  /** Shown in every issue (usually the path the user gave). */
  readonly file: string;
  readonly format?: ImportFormat;
  readonly encoding?: Encoding;
  readonly zips: ZipTable;
}

export interface ReadFile {
  readonly format: ImportFormat;
  /** Rows in file order, read lazily. */
  readonly rows: Iterable<RowOutcome>;
}

/** Bytes (in memory, or read a range at a time) to row outcomes, with no I/O of its own: decoding (CSV a piece at a time), format detection and the format's reader. */
export function readPrograms(bytes: Uint8Array | ByteSource, options: ReadOptions): ReadFile {
  let text: FileText;
  try {
    text = new FileText(bytes, options.encoding ?? 'utf-8');
  } catch (e) {
    if (e instanceof EncodingError)
      throw new ImportFileError([
        { file: options.file, line: e.line, column: e.column, field: '', message: e.message.replace(/^line \d+, column \d+: /, '') },
      ]);
    throw e;
  }
  const format = options.format ?? detectFormat(text.head(), options.file);
  const ctx = { file: options.file, zips: options.zips, ids: new IdentityAllocator() };
  return { format, rows: READERS[format](text, ctx) };
}
