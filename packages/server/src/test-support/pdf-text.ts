import { inflateSync } from 'node:zlib';

/**
 * A light text check for the PDFs we make (not a general PDF reader): inflate each content stream,
 * then read the strings that pdfkit's standard fonts write — hex strings inside TJ arrays, one array a
 * line of text — as Windows-1252, the standard fonts' encoding.
 */
// Windows-1252's letters in 0x80–0x9F that we print (Latin-1 has control codes there); the rest is Latin-1.
const WIN_ANSI_HIGH: Readonly<Record<number, string>> = {
  0x80: '\u20ac',
  0x91: '\u2018',
  0x92: '\u2019',
  0x93: '\u201c',
  0x94: '\u201d',
  0x95: '\u2022',
  0x96: '\u2013',
  0x97: '\u2014',
};
const winAnsi = (bytes: Buffer): string => [...bytes].map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');

export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const raw = pdf.toString('latin1');
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
    const bytes = Buffer.from(m[1] ?? '', 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push([...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi(Buffer.from(h[1] ?? '', 'hex'))).join(''));
  }
  return lines.join('\n');
}
