import { isUtf8 } from 'node:buffer';

/**
 * Turning file bytes into text without guessing. UTF-8 is strict: a byte that is not UTF-8 stops the
 * import with its line and column, because a silently replaced character corrupts names and addresses.
 * A file known to be Windows-1252 (older government exports) is read as such only when asked.
 */

export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly byte: number,
  ) {
    super(
      `line ${line}, column ${column}: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8; ` +
        'save the file as UTF-8, or if it is a Windows-1252 (Latin-1) file import it with --encoding windows-1252',
    );
    this.name = 'EncodingError';
  }
}

/** Throw EncodingError (with line and column) unless the bytes are text in the encoding; decodes nothing. */
export function checkDecodable(bytes: Uint8Array, encoding: Encoding = 'utf-8'): void {
  // every byte is a Windows-1252 character
  if (encoding === 'windows-1252' || isUtf8(bytes)) return;
  throw positionedError(bytes, firstInvalidUtf8(bytes));
}

export function decodeText(bytes: Uint8Array, encoding: Encoding = 'utf-8'): string {
  if (encoding === 'windows-1252') return new TextDecoder('windows-1252').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw positionedError(bytes, at);
  }
}

function positionedError(bytes: Uint8Array, at: number): EncodingError {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < at; k++) {
    if (bytes[k] === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  // column in characters: decode the valid part of the line before the bad byte
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
  return new EncodingError(line, before.length + 1, bytes[at] ?? 0);
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
