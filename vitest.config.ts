import { availableParallelism } from 'node:os';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources in tests (each package's "source" export).
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker on a two-core machine (cores − 1). Much of a test file's time is
    // waiting on Chromium, PostgreSQL and child processes, so two files at once use the cores better:
    // measured on two cores, 856 s with one worker and 604 s with two, every test passing both ways.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
