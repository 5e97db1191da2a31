// Runs every benchmark in bench/ one after another (each in its own process, pinned to one core
// where `taskset` exists). Results are printed; bench/RESULTS.md records them with the method.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = new URL('.', import.meta.url).pathname;
const benches = readdirSync(dir).filter(
  (f) =>
    (f === 'engine.mjs' || /^directory-.*\.mjs$/.test(f) || /^server-.*\.mjs$/.test(f) || /^web-.*\.mjs$/.test(f)) && !f.includes('cases'),
);
const pin = spawnSync('taskset', ['--version']).status === 0;
let failed = 0;
for (const b of benches) {
  console.log(`\n=== ${b}`);
  const r = pin
    ? spawnSync('taskset', ['-c', '0', process.execPath, dir + b], { stdio: 'inherit' })
    : spawnSync(process.execPath, [dir + b], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
