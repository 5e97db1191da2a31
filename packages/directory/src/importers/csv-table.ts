import type { SourceText } from '../csv/csv-pieces.js';
import { CsvSyntaxError, parseCsv, parseCsvPieces } from '../csv/parse-csv.js';
import { ImportFileError, type ImportIssue } from './import-issue.js';

/** One data row of a CSV file, read by header name (trimmed, lower case). */
export interface CsvRow {
  readonly line: number;
  /** The value under a header, '' when the column is absent. */
  get(name: string): string;
  /** 1-based column where the value under a header starts (the header's own column when absent). */
  column(name: string): number;
  readonly headers: readonly string[];
  readonly fields: readonly string[];
  readonly columns: readonly number[];
}

export type CsvRowOutcome = { readonly row: CsvRow } | { readonly issue: ImportIssue };

const OTHER_DELIMITERS = [';', '\t', '|'] as const;

export function normalizeHeader(h: string): string {
  return h.trim().toLowerCase();
}

/**
 * Read a CSV file's header, check the required columns are there, and yield rows. A wrong delimiter,
 * a missing column or a syntax error stops the file (ImportFileError); a row with the wrong number of
 * fields is an issue on that row, so `--skip-invalid` can pass over it.
 */
export function* csvTable(text: SourceText, file: string, required: readonly string[]): Generator<CsvRowOutcome> {
  const records = typeof text === 'string' ? parseCsv(text) : parseCsvPieces(text.pieces());
  let headerRecord;
  try {
    headerRecord = records.next();
  } catch (e) {
    throw syntaxToImportError(e, file);
  }
  if (headerRecord.done)
    throw new ImportFileError([{ file, line: 0, column: 0, field: '', message: 'the file is empty; expected a header line' }]);
  const header = headerRecord.value;
  const headers = header.fields.map(normalizeHeader);
  const first = header.fields[0] ?? '';
  if (header.fields.length === 1) {
    const other = OTHER_DELIMITERS.find((d) => first.includes(d));
    if (other) {
      const name = other === '\t' ? 'tab' : `"${other}"`;
      throw new ImportFileError([
        {
          file,
          line: header.line,
          column: 1,
          field: '',
          message: `the header is separated by ${name}; expected a comma-separated (CSV) file`,
        },
      ]);
    }
  }
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const missing = required.filter((r) => !index.has(r));
  if (missing.length > 0) {
    throw new ImportFileError(
      missing.map((m) => ({ file, line: header.line, column: 0, field: m, message: `required column "${m}" is missing from the header` })),
    );
  }
  for (;;) {
    let next;
    try {
      next = records.next();
    } catch (e) {
      throw syntaxToImportError(e, file);
    }
    if (next.done) return;
    const rec = next.value;
    if (rec.fields.length !== headers.length) {
      const lastCol = rec.columns[rec.columns.length - 1] ?? 1;
      yield {
        issue: {
          file,
          line: rec.line,
          column: lastCol,
          field: '',
          message: `has ${rec.fields.length} fields where the header has ${headers.length}${rec.fields.length < headers.length ? ' (is the line cut short?)' : ''}`,
        },
      };
      continue;
    }
    yield {
      row: {
        line: rec.line,
        headers,
        fields: rec.fields,
        columns: rec.columns,
        get: (name) => {
          const i = index.get(name);
          return i === undefined ? '' : (rec.fields[i] ?? '');
        },
        column: (name) => {
          const i = index.get(name);
          return i === undefined ? 0 : (rec.columns[i] ?? 0);
        },
      },
    };
  }
}

function syntaxToImportError(e: unknown, file: string): unknown {
  if (e instanceof CsvSyntaxError) return new ImportFileError([{ file, line: e.line, column: e.column, field: '', message: e.rule }]);
  return e;
}
