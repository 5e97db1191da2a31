// What a browser must download before the first question can show: index.html's entry script, its
// modulepreloads and stylesheets (Vite lists every static import there). Lazy chunks are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 17: at most 60 KB of JavaScript on the wire before the first question (gzip here; brotli, which
// the server sends to browsers that take it, is smaller still).
export const BUDGET_GZIP_BYTES = 60 * 1024;

/** @param {string} dist */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].map((ref) => {
    const bytes = readFileSync(join(dist, ref));
    return { file: ref, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const js = files.filter((f) => f.file.endsWith('.js'));
  return {
    files,
    jsGzip: js.reduce((s, f) => s + f.gzip, 0),
    jsBytes: js.reduce((s, f) => s + f.bytes, 0),
    cssGzip: files.filter((f) => f.file.endsWith('.css')).reduce((s, f) => s + f.gzip, 0),
  };
}
