import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Write dist/.vite/bundled-packages.json: the installed npm packages (folders, from the repository
 * root) whose code is in the bundle after tree-shaking. The third-party licence report
 * (scripts/licence-report.mjs) lists exactly these for the web, not everything the web depends on.
 * The bundler's own helpers (virtual modules such as "\0vite/preload-helper.js") count as code of
 * the package that wrote them.
 */
function bundledPackages(): Plugin {
  const repository = here('../..');
  return {
    name: 'carelevel-bundled-packages',
    generateBundle(_options, bundle) {
      const folders = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          if (module.renderedLength === 0) continue;
          // The last node_modules/<name> (or <@scope/name>) in the path is the package that owns the file.
          const installed = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
          const helper = /^\0((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
          if (installed) folders.add(relative(repository, installed));
          else if (helper && existsSync(join(repository, 'node_modules', helper))) folders.add(`node_modules/${helper}`);
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/bundled-packages.json',
        source: `${JSON.stringify([...folders].sort(), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  // Relative asset URLs so the same build works at / (server) and from any static folder (tests).
  base: './',
  plugins: [react(), bundledPackages()],
  resolve: {
    // Bundle the engine from its TypeScript sources; no separate engine build needed.
    conditions: ['source', ...defaultClientConditions],
    alias: {
      // The directory's words and vocabulary are pure data. Its package entry also pulls in storage
      // (SQLite, PostgreSQL), so the web takes only these two files until the package exports them.
      '#directory-words': here('../directory/src/locale/render-message.ts'),
      '#directory-vocabulary': here('../directory/src/model/vocabulary.ts'),
    },
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
