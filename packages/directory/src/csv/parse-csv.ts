/**
 * A small RFC 4180 CSV reader that knows where it is. Every record carries its line and the column
 * (1-based character position) where each field starts, so an importer can say "line 12, column 40".
 * It yields records one at a time, so a large file is never held twice.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
  /** 1-based column on the record's first line where each field starts (quoted fields: the quote). */
  readonly columns: readonly number[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly rule: string,
  ) {
    super(`line ${line}, column ${column}: ${rule}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Yields the records of the text; returns the line after its last (where a next piece starts). */
export function* parseCsv(text: string, delimiter = ',', firstLine = 1): Generator<CsvRecord, number> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = firstLine === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  let line = firstLine;
  let lineStart = i;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    const columns: number[] = [];
    for (;;) {
      columns.push(i - lineStart + 1);
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const openColumn = i - lineStart + 1;
        let value = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new CsvSyntaxError(openLine, openColumn, 'a quoted field is never closed (is the file cut short?)');
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          // count the line breaks inside the quoted value so later positions stay right
          for (let k = i; k < q; k++) {
            if (text.charCodeAt(k) === LF) {
              line++;
              lineStart = k + 1;
            }
          }
          i = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(i);
        if (i < n && c !== delim && c !== CR && c !== LF) {
          throw new CsvSyntaxError(line, i - lineStart + 1, 'unexpected text after a closing quote');
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === CR || c === LF) break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      // end of record: CRLF, LF, CR or end of text
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      lineStart = i;
      break;
    }
    // A blank line is no record.
    if (fields.length === 1 && fields[0] === '') continue;
    yield { line: recordLine, fields, columns };
  }
  return line;
}

/** The records of a text given in pieces that each end between records (FileText.pieces), numbered as one text. */
export function* parseCsvPieces(pieces: Iterable<string>, delimiter = ','): Generator<CsvRecord, number> {
  let line = 1;
  for (const piece of pieces) line = yield* parseCsv(piece, delimiter, line);
  return line;
}

/** Whether the text ends in the middle of a line (no final line break): a hint that a file was cut. */
export function endsWithoutNewline(text: string): boolean {
  return text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r');
}
