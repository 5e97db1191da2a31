import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset URLs so the same build works at / (server) and from any static folder (tests).
  base: './',
  plugins: [react()],
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
    // Two entries, two bundles: the public self-assessment (index.html) never loads the staff
    // workspace's code (staff.html), so its first-load budget is measured on the public entry alone.
    rollupOptions: {
      input: { index: here('index.html'), staff: here('staff.html') },
    },
  },
});
