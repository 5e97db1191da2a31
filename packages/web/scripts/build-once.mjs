// Build the web app once per test run, even when several test files (separate processes) ask at the
// same time: a lock directory serialises them and a stamp newer than every source skips the rebuild.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.mjs';

const require = createRequire(import.meta.url);
const WEB = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(WEB, 'dist');
const STAMP = join(DIST, '.built');
const LOCK = join(WEB, '.build-lock');
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'staff.html'),
  join(WEB, 'vite.config.ts'),
  join(WEB, 'vite.public.config.ts'),
  join(WEB, 'scripts/precompress.mjs'),
  join(WEB, '../engine/src'),
  join(WEB, '../directory/src/locale'),
];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

// Test files run in worker processes of one runner: a build made for this runner (same parent process)
// is kept for the whole run even if sources change meanwhile (others edit the engine while tests run),
// so no worker wipes the assets another worker's browser is loading.
const sameRun = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === `run ${process.ppid}`;
const fresh = () => sameRun() || (existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...SOURCES.filter(existsSync).map(newest)));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<string>} the dist folder, built and current */
export async function buildOnce() {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another process holds the lock; a lock older than two minutes is left over from a crash.
      if (waited > 120_000 || Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    if (!fresh()) {
      // A child process with NODE_ENV=production: inside a test runner NODE_ENV is "test", which would
      // give React's development build and the wrong size.
      const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
      for (const config of ['vite.config.ts', 'vite.public.config.ts'])
        execFileSync(process.execPath, [vite, 'build', '-c', config, '--logLevel', 'warn'], {
          cwd: WEB,
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        });
      precompress(DIST);
      writeFileSync(STAMP, `run ${process.ppid}\n`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}
