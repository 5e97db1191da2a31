import type { Answers } from '../questions/question-types.js';
import { ANSWER_CODE_V1 } from './answer-code-v1.js';

/**
 * The answer code: a person's self-assessment answers as a short text (and the QR code of that text)
 * they can bring to intake, so a clinician can fill the interview from it without anything being
 * stored on a server. Made and read on the device. Each answer is packed into as few bits as its
 * question needs (an option's number, a set of ticks, an age, a ZIP), then written in Crockford's
 * base 32 (no I, L, O or U; read back forgivingly) in groups of four, after "CL" and the version,
 * with a check byte so a mistyped code is refused rather than misread.
 */
export type AnswerCodeRow =
  readonly [id: string, kind: 'single' | 'multi', options: readonly string[]] | readonly [id: string, kind: 'age' | 'zip'];
export type AnswerCodeTable = readonly AnswerCodeRow[];

/** Every version that can be read, by number (one digit: 1 to 9); the last one is written. */
const VERSIONS: Readonly<Record<number, AnswerCodeTable>> = { 1: ANSWER_CODE_V1 };
export const ANSWER_CODE_VERSION = 1;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const AGE_BITS = 7;
const ZIP_BITS = 17;
const bitsFor = (n: number): number => Math.ceil(Math.log2(n + 1));

class BitWriter {
  private readonly bits: number[] = [];
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push((value >>> i) & 1);
  }
  bytes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bits.length; i += 8) {
      let b = 0;
      for (let j = 0; j < 8; j++) b = (b << 1) | (this.bits[i + j] ?? 0);
      out.push(b);
    }
    return out;
  }
}

class BitReader {
  private at = 0;
  constructor(private readonly data: readonly number[]) {}
  read(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++, this.at++) v = v * 2 + (((this.data[this.at >> 3] ?? 0) >> (7 - (this.at & 7))) & 1);
    return v;
  }
}

/** CRC-8 (polynomial 0x07): one changed or swapped character is always caught. */
function crc8(bytes: readonly number[]): number {
  let c = 0;
  for (const b of bytes) {
    c ^= b;
    for (let i = 0; i < 8; i++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 0xff : (c << 1) & 0xff;
  }
  return c;
}

function toBase32(bytes: readonly number[]): string {
  let out = '';
  let buffer = 0;
  let held = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    held += 8;
    while (held >= 5) {
      out += ALPHABET.charAt((buffer >> (held - 5)) & 31);
      held -= 5;
    }
  }
  if (held > 0) out += ALPHABET.charAt((buffer << (5 - held)) & 31);
  return out;
}

function fromBase32(text: string): number[] | null {
  const out: number[] = [];
  let buffer = 0;
  let held = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    buffer = ((buffer << 5) | v) & 0xffff;
    held += 5;
    if (held >= 8) {
      out.push((buffer >> (held - 8)) & 0xff);
      held -= 8;
    }
  }
  // The bits past the last byte were written as zeros; anything else is a typo in the last character.
  return (buffer & ((1 << held) - 1)) === 0 ? out : null;
}

/** The letters people type for the digits they look like. */
const digits = (s: string): string => s.replace(/O/g, '0').replace(/[IL]/g, '1');

/** The code for these answers. Answers to questions the code does not know are left out. */
export function encodeAnswers(answers: Answers): string {
  const w = new BitWriter();
  for (const row of VERSIONS[ANSWER_CODE_VERSION] ?? []) {
    const v = answers[row[0]];
    if (row[1] === 'single') {
      const i = typeof v === 'string' ? row[2].indexOf(v) : -1;
      w.write(i + 1, bitsFor(row[2].length));
    } else if (row[1] === 'multi') {
      const chosen = Array.isArray(v) ? v : [];
      row[2].forEach((o) => {
        w.write(chosen.includes(o) ? 1 : 0, 1);
      });
    } else {
      const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : 0;
      const width = row[1] === 'age' ? AGE_BITS : ZIP_BITS;
      w.write(n > 0 && n < 2 ** width ? n : 0, width);
    }
  }
  const payload = w.bytes();
  const body = toBase32([...payload, crc8([ANSWER_CODE_VERSION, ...payload])]);
  return [`CL${String(ANSWER_CODE_VERSION)}`, ...(body.match(/.{1,4}/g) ?? [])].join('-');
}

export type AnswerCodeReading =
  | { readonly ok: true; readonly answers: Answers; readonly version: number }
  | { readonly ok: false; readonly problem: 'not-a-code' | 'unknown-version' | 'damaged' };

/**
 * Read a code as typed, pasted or scanned: case, spaces and dashes do not matter, and the letters
 * people confuse with digits (O, I, L) are read as 0 and 1.
 */
export function decodeAnswers(text: string): AnswerCodeReading {
  const m = /^CL([0-9OIL])(.*)$/.exec(text.toUpperCase().replace(/[\s-]+/g, ''));
  if (!m) return { ok: false, problem: 'not-a-code' };
  const version = Number(digits(m[1] ?? ''));
  const table = VERSIONS[version];
  if (!table) return { ok: false, problem: 'unknown-version' };
  const chars = digits(m[2] ?? '');
  const bytes = fromBase32(chars);
  if (!bytes || bytes.length < 2) return { ok: false, problem: 'damaged' };
  const payload = bytes.slice(0, -1);
  if (crc8([version, ...payload]) !== bytes[bytes.length - 1]) return { ok: false, problem: 'damaged' };
  const r = new BitReader(payload);
  const answers: Record<string, string | readonly string[]> = {};
  for (const row of table) {
    if (row[1] === 'single') {
      const i = r.read(bitsFor(row[2].length));
      if (i > row[2].length) return { ok: false, problem: 'damaged' };
      if (i > 0) answers[row[0]] = row[2][i - 1] as string;
    } else if (row[1] === 'multi') {
      const chosen = row[2].filter(() => r.read(1) === 1);
      if (chosen.length > 0) answers[row[0]] = chosen;
    } else {
      const n = r.read(row[1] === 'age' ? AGE_BITS : ZIP_BITS);
      if (n > 0) answers[row[0]] = row[1] === 'zip' ? String(n).padStart(5, '0') : String(n);
    }
  }
  return { ok: true, answers, version };
}
