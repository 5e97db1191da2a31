import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundledPackages } from './bundled-packages-plugin.js';
import { pageLanguages } from './scripts/page-languages.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * The public self-assessment, built after the staff workspace into the same folder. It renders with
 * Preact through its React compatibility layer: the same components, about a tenth of React's size,
 * which is most of what a cheap phone on a slow network waits for before the first question.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react(), pageLanguages(), bundledPackages('public')],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    // The staff build has just written this folder; keep its files.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: here('index.html') },
    },
  },
});
