import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Write dist/.vite/bundled-packages-<build>.json: the installed npm packages (folders, from the
 * repository root) whose code is in this build's bundle after tree-shaking. The web is built twice
 * into one folder (the staff workspace, then the public pages), so each build names its own file.
 * The third-party licence report (scripts/licence-report.mjs) lists exactly these for the web, not
 * everything the web depends on. The bundler's own helpers (virtual modules such as
 * "\0vite/preload-helper.js") count as code of the package that wrote them.
 */
export function bundledPackages(build: string): Plugin {
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
          if (installed) folders.add(relative(REPOSITORY, installed));
          else if (helper && existsSync(join(REPOSITORY, 'node_modules', helper))) folders.add(`node_modules/${helper}`);
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: `.vite/bundled-packages-${build}.json`,
        source: `${JSON.stringify([...folders].sort(), null, 2)}\n`,
      });
    },
  };
}
