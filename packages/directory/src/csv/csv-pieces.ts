import { isUtf8 } from 'node:buffer';
import { checkDecodable, type Encoding } from './decode-text.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Text to read: a string, or a file's text read in pieces. */
export type SourceText = string | FileText;

/** The whole of a text (for JSON, parsed whole). */
export const wholeText = (t: SourceText): string => (typeof t === 'string' ? t : t.whole());

/**
 * 32 KB of bytes a piece: its text (at most 64 KB) is a young object that dies young. Pieces of 4 MB
 * were strings in V8's large-object space, which only a full collection frees: with 128 KB pieces the
 * 100,000-row benchmark peaked at 323 MB, with 32 KB at 269 MB, for the same CPU time.
 */
export const PIECE_BYTES = 1 << 15;

/** A file's bytes, read a range at a time (from disk: see io/import-file), so the file is never held whole. */
export interface ByteSource {
  readonly size: number;
  /** The bytes from `start` up to (not including) `end`. */
  read(start: number, end: number): Uint8Array;
}

/** Bytes already in memory as a source (the ranges are views, not copies). */
export const bytesSource = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: (start, end) => bytes.subarray(start, end) });

/**
 * A file's text, read whole (JSON) or in pieces that each hold whole CSV records. A large CSV file is
 * then never one string, nor (read from disk) one buffer: a 50 MB file with a single character outside
 * Latin-1 (an em dash in one name) is a 100 MB UTF-16 string, and a heap that large lets garbage pile
 * up to hundreds of MB before the collector runs. The bytes are checked decodable once, up front, so
 * an encoding error still stops the file before anything is read.
 */
export class FileText {
  private readonly source: ByteSource;
  constructor(
    bytes: Uint8Array | ByteSource,
    private readonly encoding: Encoding,
    private readonly pieceBytes = PIECE_BYTES,
  ) {
    this.source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
    if (bytes instanceof Uint8Array) checkDecodable(bytes, encoding);
    else if (encoding === 'utf-8' && !sourceIsUtf8(this.source, pieceBytes))
      checkDecodable(this.source.read(0, this.source.size), encoding);
  }

  /** The whole text (a JSON document is parsed whole anyway). */
  whole(): string {
    return new TextDecoder(this.encoding).decode(this.source.read(0, this.source.size));
  }

  /** The first piece: enough to detect the format by its first bytes or header. */
  head(): string {
    const first = this.pieces()[Symbol.iterator]().next();
    return first.done ? '' : first.value;
  }

  /** The text in pieces cut only between CSV records (after a line break outside quotes), in order. */
  pieces(): Iterable<string> {
    const { source, pieceBytes, encoding } = this;
    return {
      *[Symbol.iterator]() {
        let start = 0;
        while (start < source.size) {
          // a window past the piece's size, grown until a record ends in it (or the file does)
          let length = pieceBytes * 2;
          let window: Uint8Array;
          let cut: number;
          for (;;) {
            window = source.read(start, Math.min(source.size, start + length));
            cut = nextCut(window, pieceBytes, start + window.length >= source.size);
            if (cut >= 0) break;
            length *= 2;
          }
          // a later piece keeps a leading U+FEFF: only the file's first bytes can be a byte-order mark
          yield new TextDecoder(encoding, { ignoreBOM: start > 0 }).decode(window.subarray(0, cut));
          start += cut;
        }
      },
    };
  }
}

/** Whether a source is UTF-8, checked a range at a time (a character cut by a range waits for the next). */
function sourceIsUtf8(source: ByteSource, rangeBytes: number): boolean {
  let carry = new Uint8Array(0);
  for (let start = 0; start < source.size; start += rangeBytes) {
    const end = Math.min(source.size, start + rangeBytes);
    const read = source.read(start, end);
    const bytes = carry.length === 0 ? read : Buffer.concat([carry, read]);
    // hold back the last character when it may be incomplete: from its lead byte on
    let keep = bytes.length;
    if (end < source.size) {
      keep = bytes.length - 1;
      while (keep > 0 && bytes.length - keep < 4 && ((bytes[keep] as number) & 0xc0) === 0x80) keep--;
    }
    if (!isUtf8(bytes.subarray(0, keep))) return false;
    carry = Uint8Array.from(bytes.subarray(keep));
  }
  return carry.length === 0 || isUtf8(carry);
}

/**
 * Where the piece at the start of `window` ends: just after the first record-ending line feed at or
 * past `size`, reading fields as RFC 4180 does (a quote opens a quoted field only at a field's start;
 * `""` inside one is a quote). Bytes of multi-byte UTF-8 and Windows-1252 characters are never quotes,
 * commas or line breaks, so cutting bytes is cutting text. When no record ends in the window: the
 * whole window if it reaches the end of the file (an unclosed quote is the parser's to report), else -1.
 */
function nextCut(window: Uint8Array, size: number, atEnd: boolean): number {
  const n = window.length;
  if (atEnd && n <= size) return n;
  const none = atEnd ? n : -1;
  let i = 0;
  let fieldStart = true;
  while (i < n) {
    const b = window[i] as number;
    if (fieldStart && b === QUOTE) {
      // a quoted field: skip to its closing quote
      i++;
      for (;;) {
        const q = window.indexOf(QUOTE, i);
        if (q < 0 || q + 1 >= n) return none; // not closed in this window (or "" may straddle its end)
        if (window[q + 1] === QUOTE) {
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
      if (i >= size) return i;
      fieldStart = true;
    } else fieldStart = false;
  }
  return none;
}
