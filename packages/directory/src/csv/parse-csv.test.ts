import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode-text.js';
import { CsvSyntaxError, parseCsv } from './parse-csv.js';

describe('the CSV reader', () => {
  it('gives each record its line and each field its column', () => {
    const rows = [...parseCsv('a,b\r\n"x, y",z\n"multi\nline",w\n')];
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'], columns: [1, 3] },
      { line: 2, fields: ['x, y', 'z'], columns: [1, 8] },
      { line: 3, fields: ['multi\nline', 'w'], columns: [1, 7] },
    ]);
  });

  it('reads doubled quotes, a byte-order mark, blank lines and a missing final newline', () => {
    expect([...parseCsv('\uFEFFa,"say ""hi"""\n\nb,c')].map((r) => r.fields)).toEqual([
      ['a', 'say "hi"'],
      ['b', 'c'],
    ]);
  });

  it('names the line and column of a quote that never closes', () => {
    expect(() => [...parseCsv('a,b\nc,"open')]).toThrow(
      new CsvSyntaxError(2, 3, 'a quoted field is never closed (is the file cut short?)'),
    );
  });

  it('rejects text after a closing quote', () => {
    expect(() => [...parseCsv('"a"b,c')]).toThrow(/line 1, column 4: unexpected text after a closing quote/);
  });
});

describe('decoding file bytes', () => {
  it('refuses bytes that are not UTF-8, with their line and column', () => {
    const bytes = new Uint8Array([...Buffer.from('ok\nab'), 0xe9, ...Buffer.from('x\n')]);
    expect(firstInvalidUtf8(bytes)).toBe(5);
    expect(() => decodeText(bytes)).toThrow(/line 2, column 3: byte 0xE9 is not valid UTF-8/);
  });

  it('reads Windows-1252 when asked', () => {
    expect(decodeText(new Uint8Array([0x43, 0x6c, 0xed, 0x6e]), 'windows-1252')).toBe('Clín');
  });

  it('accepts well-formed multi-byte UTF-8 and refuses overlong forms', () => {
    expect(decodeText(Buffer.from('Clínica — 東京 😀'))).toBe('Clínica — 東京 😀');
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
