// A realistic mix of cases for benchmarks: the shared development vignettes, plus cases built by
// combining their sections at random (seeded, so every run measures the same mix).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('../../shared/cases/dev/', import.meta.url).pathname;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function caseMix(count = 2000, seed = 42) {
  const vignettes = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')).case);
  const sections = [
    'population',
    'ageYears',
    'primaryConcern',
    'substances',
    'withdrawal',
    'physicalHealth',
    'mentalHealth',
    'readiness',
    'relapsePotential',
    'environment',
    'practical',
    'instruments',
  ];
  const rand = mulberry32(seed);
  const cases = vignettes.map((v) => ({ format: 'carelevel-case/1', ...v }));
  while (cases.length < count) {
    const c = { format: 'carelevel-case/1', id: `mix-${cases.length}` };
    for (const s of sections) {
      const from = vignettes[Math.floor(rand() * vignettes.length)];
      if (from[s] !== undefined) c[s] = from[s];
    }
    cases.push(c);
  }
  return cases;
}
