import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@carelevel/engine';
import { ROOT } from './test-support/run-cli.js';

interface Manifest {
  readonly name: string;
  readonly version?: string;
  readonly license?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

const read = (path: string): Manifest => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;
const manifests = ['package.json', ...readdirSync(join(ROOT, 'packages')).map((p) => `packages/${p}/package.json`)].map((path) => ({
  path,
  manifest: read(path),
}));
const appVersion = read('packages/cli/package.json').version!;
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

describe('one app version for the whole workspace', () => {
  it('is carried by the root and every package, and each names the Apache-2.0 licence', () => {
    for (const { path, manifest } of manifests) {
      expect({ path, version: manifest.version, license: manifest.license }).toEqual({ path, version: appVersion, license: 'Apache-2.0' });
    }
  });

  it('is the version every package asks of the others', () => {
    for (const { path, manifest } of manifests) {
      for (const [name, wanted] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (name.startsWith('@carelevel/')) expect({ path, name, wanted }).toEqual({ path, name, wanted: appVersion });
      }
    }
  });
});

describe('CHANGELOG.md', () => {
  const headings = [...changelog.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

  it('opens with an Unreleased section, then one section per release, newest first', () => {
    expect(headings[0]).toBe('Unreleased');
    const releases = headings.slice(1).map((h) => /^(\d+)\.(\d+)\.(\d+) — \d{4}-\d{2}-\d{2}$/.exec(h));
    expect(
      releases.every((m) => m !== null),
      `release headings must read "X.Y.Z — YYYY-MM-DD": ${headings.join(' | ')}`,
    ).toBe(true);
    const keys = releases.map((m) => m!.slice(1, 4).map(Number)).map(([a, b, c]) => a! * 1e6 + b! * 1e3 + c!);
    expect(keys).toEqual([...keys].sort((x, y) => y - x));
  });

  it('has a section for the app version in package.json', () => {
    expect(headings.some((h) => h.startsWith(`${appVersion} — `))).toBe(true);
  });

  it('tells clinicians about the rules version the engine now stamps on recommendations', () => {
    expect(
      changelog.includes(`Rules ${RULES_VERSION}`),
      `CHANGELOG.md has no "Rules ${RULES_VERSION}" entry: say under Unreleased → Rules what changed and which cases it moves`,
    ).toBe(true);
  });
});
