import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The engine must run unchanged in a browser bundle: no Node built-ins, no I/O, no framework. */
const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'test-support' ? [] : sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the engine package', () => {
  const files = sourceFiles(SRC);

  it('imports nothing but its own modules', () => {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.\.?\//);
      expect(text, f).not.toMatch(/\b(require\(|process\.|globalThis\.fetch|XMLHttpRequest|Date\.now|Math\.random)/);
    }
  });

  it('declares no Node types in its compiler settings', () => {
    const tsconfig = JSON.parse(readFileSync(join(SRC, '..', 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { types: string[]; lib: string[] };
    };
    expect(tsconfig.compilerOptions.types).toEqual([]);
    expect(tsconfig.compilerOptions.lib.some((l) => /dom|node/i.test(l))).toBe(false);
  });
});
