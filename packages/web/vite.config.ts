import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundledPackages } from './bundled-packages-plugin.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset URLs so the same build works at / (server) and from any static folder (tests).
  base: './',
  plugins: [react(), bundledPackages('staff')],
  resolve: {
    // Bundle the workspace packages from their TypeScript sources; no separate build needed. From the
    // directory only its browser-safe subpaths are imported (`/vocabulary`, `/words`).
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The staff workspace (staff.html) is built here, with React; the public self-assessment
    // (index.html) by vite.public.config.ts, with Preact, into the same folder afterwards. Two builds,
    // so the public entry's first load carries only what a phone needs before the first question.
    rolldownOptions: {
      input: { staff: here('staff.html') },
    },
  },
});
