import { readFileSync } from 'node:fs';
import { RULES_VERSION } from '@carelevel/engine';

/**
 * The app's version is the CLI package's own: every package of the workspace moves in step (a test
 * holds them together), and the CLI is what an operator runs. Read from package.json at run time so
 * a release changes the number in one place, the way npm does it.
 */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string' || pkg.version === '') throw new Error('packages/cli/package.json: version is missing');
  return pkg.version;
}

/**
 * What `carelevel --version` prints: the app's version and, apart from it, the rules version that
 * stamps every recommendation (the rules change on their own clock; docs/rules.md and CHANGELOG.md).
 */
export function versionText(): string {
  return `carelevel ${appVersion()}\nrules ${RULES_VERSION}`;
}
