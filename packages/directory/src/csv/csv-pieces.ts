import { checkDecodable, type Encoding } from './decode-text.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Text to read: a string, or a file's text read in pieces. */
export type SourceText = string | FileText;

/** The whole of a text (for JSON, parsed whole). */
export const wholeText = (t: SourceText): string => (typeof t === 'string' ? t : t.whole());

/** About 4 MB of bytes a piece: at most 8 MB of text alive at once, whatever the file's size. */
export const PIECE_BYTES = 1 << 22;

/**
 * A file's text, read whole (JSON) or in pieces that each hold whole CSV records. A large CSV file is
 * then never one string: a 50 MB file with a single character outside Latin-1 (an em dash in one
 * name) is a 100 MB UTF-16 string, and a heap that large lets garbage pile up to hundreds of MB before
 * the collector runs. The bytes are checked decodable once, up front, so an encoding error still
 * stops the file before anything is read.
 */
export class FileText {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly encoding: Encoding,
    private readonly pieceBytes = PIECE_BYTES,
  ) {
    checkDecodable(bytes, encoding);
  }

  /** The whole text (a JSON document is parsed whole anyway). */
  whole(): string {
    return new TextDecoder(this.encoding).decode(this.bytes);
  }

  /** The first piece: enough to detect the format by its first bytes or header. */
  head(): string {
    const first = this.pieces()[Symbol.iterator]().next();
    return first.done ? '' : first.value;
  }

  /** The text in pieces cut only between CSV records (after a line break outside quotes), in order. */
  pieces(): Iterable<string> {
    const { bytes, pieceBytes, encoding } = this;
    return {
      *[Symbol.iterator]() {
        let start = 0;
        while (start < bytes.length) {
          const end = nextCut(bytes, start, pieceBytes);
          // a later piece keeps a leading U+FEFF: only the file's first bytes can be a byte-order mark
          yield new TextDecoder(encoding, { ignoreBOM: start > 0 }).decode(bytes.subarray(start, end));
          start = end;
        }
      },
    };
  }
}

/**
 * Where the piece that starts at `start` ends: just after the first record-ending line feed at or
 * past `start + size`, reading fields as RFC 4180 does (a quote opens a quoted field only at a field's
 * start; `""` inside one is a quote). Bytes of multi-byte UTF-8 and Windows-1252 characters are never
 * quotes, commas or line breaks, so cutting bytes is cutting text. No cut found: the rest of the file.
 */
function nextCut(bytes: Uint8Array, start: number, size: number): number {
  const target = start + size;
  if (target >= bytes.length) return bytes.length;
  let i = start;
  let fieldStart = true;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (fieldStart && b === QUOTE) {
      // a quoted field: skip to its closing quote
      i++;
      for (;;) {
        const q = bytes.indexOf(QUOTE, i);
        if (q < 0) return n; // never closed: the parser will say so
        if (bytes[q + 1] === QUOTE) {
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fieldStart = false;
      continue;
    }
    i++;
    if (b === COMMA || b === CR) fieldStart = true;
    else if (b === LF) {
      if (i >= target) return i;
      fieldStart = true;
    } else fieldStart = false;
  }
  return n;
}
