import { describe, expect, it } from 'vitest';
import { FileText, type ByteSource } from './csv-pieces.js';
import { EncodingError } from './decode-text.js';
import { parseCsv, parseCsvPieces } from './parse-csv.js';

const TEXT =
  '\uFEFFid,name,note\r\n' +
  '1,"Clínica ""La Esperanza""","two\nlines, and a comma"\r\n' +
  '2,Plain — dash,say "hi" here\n' +
  '\n' +
  '3,"",""\n' +
  '4,東京,"quoted ""\n\n"" breaks"\n' +
  '5,last,no newline at the end';

const whole = (text: string) => [...parseCsv(text)];

/** Bytes as a file read a range at a time (each range a copy, as a disk read is). */
const asFile = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: (start, end) => Uint8Array.from(bytes.subarray(start, end)),
});

describe('reading a CSV file in pieces', () => {
  it('yields the same records, lines and columns as the whole text, wherever the pieces are cut', () => {
    const bytes = Buffer.from(TEXT);
    const expected = whole(TEXT.slice(1));
    for (let size = 1; size <= bytes.length + 1; size++) {
      const text = new FileText(bytes, 'utf-8', size);
      expect([...parseCsvPieces(text.pieces())], `pieces of ${size} bytes`).toEqual(expected);
      expect(text.pieces()[Symbol.iterator]().next().value?.startsWith('\uFEFF')).toBe(false);
    }
  });

  it('cuts only after a line break that ends a record, and keeps every byte once', () => {
    const bytes = Buffer.from(TEXT);
    const pieces = [...new FileText(bytes, 'utf-8', 8).pieces()];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(TEXT.slice(1));
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('checks the whole file is UTF-8 before any piece is read, naming the line and column', () => {
    const bytes = Buffer.concat([Buffer.from('id,name\n1,ok\n2,Cl'), Buffer.from([0xe9]), Buffer.from('nica\n')]);
    expect(() => new FileText(bytes, 'utf-8', 4)).toThrow(EncodingError);
    expect(() => new FileText(bytes, 'utf-8', 4)).toThrow(/line 3, column 5: byte 0xE9 is not valid UTF-8/);
    expect([...new FileText(bytes, 'windows-1252', 4).pieces()].join('')).toBe('id,name\n1,ok\n2,Clénica\n');
  });

  it('reads a file a range at a time the same way, checking UTF-8 across the ranges a character straddles', () => {
    const bytes = Buffer.from(TEXT);
    const expected = whole(TEXT.slice(1));
    for (let size = 1; size <= bytes.length + 1; size++) {
      expect([...parseCsvPieces(new FileText(asFile(bytes), 'utf-8', size).pieces())], `ranges of ${size} bytes`).toEqual(expected);
    }
    const bad = Buffer.concat([Buffer.from('id,name\n1,東京\n2,Cl'), Buffer.from([0xe9]), Buffer.from('nica\n')]);
    for (const size of [1, 2, 3, 5, 8]) expect(() => new FileText(asFile(bad), 'utf-8', size)).toThrow(/line 3, column 5: byte 0xE9/);
  });
});
