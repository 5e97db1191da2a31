import type { Command } from '@commander-js/extra-typings';

/** `carelevel directory …` — registered by the program-directory work (issue 3). */
export function registerDirectory(program: Command): void {
  program.command('directory').description('import and search treatment programs');
}
