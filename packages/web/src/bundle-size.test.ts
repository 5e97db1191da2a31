import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce } from '../scripts/build-once.mjs';
import { BUDGET_GZIP_BYTES, firstLoad } from '../scripts/first-load-size.mjs';

describe('the production build', () => {
  it('loads under 120 KB of JavaScript (gzip) before the first question', async () => {
    const dist = await buildOnce();
    const first = firstLoad(dist);
    expect(first.files.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(first.jsGzip, JSON.stringify(first.files)).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('keeps the engine and the later pages out of the first load', async () => {
    const dist = await buildOnce();
    const first = new Set(firstLoad(dist).files.map((f) => f.file));
    const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !first.has(`assets/${f}`));
    // The result, program finder and summary pages, and the engine's chunk, all load later.
    expect(lazy.some((f) => f.startsWith('result-page'))).toBe(true);
    expect(lazy.some((f) => f.startsWith('programs-page'))).toBe(true);
    expect(lazy.some((f) => f.startsWith('summary-page'))).toBe(true);
    expect(lazy.length).toBeGreaterThanOrEqual(4);
    // The engine's rules (a rule code stands for them) are in a lazy chunk, not in the first load.
    const firstJs = [...first]
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(firstJs).not.toContain('sedative-withdrawal-risk-factors');
    expect(lazy.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes('sedative-withdrawal-risk-factors'))).toBe(true);
  });
});
