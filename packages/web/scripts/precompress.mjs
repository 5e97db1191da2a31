// Write a brotli (.br) and a gzip (.gz) copy beside each text file of the built app, at the highest
// settings: this runs once per build, and the server then sends whichever the browser accepts
// without compressing anything per request. A copy that would not be smaller is not written.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(?:html|js|css|svg|json|webmanifest|txt)$/;

/** @param {string} dir the built app's folder @returns {{ files: number, plain: number, br: number, gz: number }} */
export function precompress(dir) {
  const totals = { files: 0, plain: 0, br: 0, gz: 0 };
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT.test(name)) {
        const plain = readFileSync(path);
        const br = brotliCompressSync(plain, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
        });
        const gz = gzipSync(plain, { level: 9 });
        // A stale copy from an earlier build must not outlive the file it was made from.
        for (const [ext, body] of [
          ['.br', br],
          ['.gz', gz],
        ]) {
          if (body.length < plain.length) writeFileSync(path + ext, body);
          else rmSync(path + ext, { force: true });
        }
        totals.files++;
        totals.plain += plain.length;
        totals.br += Math.min(br.length, plain.length);
        totals.gz += Math.min(gz.length, plain.length);
      }
    }
  };
  walk(dir);
  return totals;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const t = precompress(dir);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`precompressed ${t.files} files: ${kb(t.plain)} plain, ${kb(t.gz)} gzip, ${kb(t.br)} brotli`);
}
