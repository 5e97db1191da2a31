import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceAllowed, productionClosure } from './licence-report.mjs';

const SCRIPT = new URL('./licence-report.mjs', import.meta.url).pathname;
const MIT_TEXT = 'MIT License\n\nCopyright (c) 2026 Someone\n\nPermission is hereby granted, free of charge, …\n';

interface FixturePackage {
  readonly license?: string;
  readonly licenceFile?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional: boolean }>;
  readonly devDependencies?: Record<string, string>;
}

/**
 * A repository laid out like ours: a workspace root, packages/cli (the server's entry) linked from
 * node_modules, installed packages under node_modules (folder → manifest), the web build's list of
 * bundled packages, and the licence policy.
 */
function fixture(
  installed: Record<string, FixturePackage>,
  cli: FixturePackage,
  options: { bundled?: Record<string, string[]> | null; allow?: string[] } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'carelevel-licences-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'fixture-workspace', version: '1.0.0', private: true, workspaces: ['packages/cli'] }));
  write('packages/cli/package.json', JSON.stringify({ name: '@carelevel/cli', version: '1.0.0', license: 'Apache-2.0', ...cli }));
  mkdirSync(join(root, 'node_modules/@carelevel'), { recursive: true });
  symlinkSync('../../packages/cli', join(root, 'node_modules/@carelevel/cli'));
  for (const [folder, { licenceFile, ...manifest }] of Object.entries(installed)) {
    const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(folder)![1]!;
    write(`${folder}/package.json`, JSON.stringify({ name, version: '1.0.0', ...manifest }));
    if (licenceFile !== undefined) write(`${folder}/LICENSE`, licenceFile);
  }
  for (const [build, list] of Object.entries(options.bundled === null ? {} : (options.bundled ?? { public: [] }))) {
    write(`packages/web/dist/.vite/bundled-packages-${build}.json`, JSON.stringify(list));
  }
  const allow = Object.fromEntries((options.allow ?? ['MIT', 'ISC']).map((id) => [id, `${id} is permissive`]));
  write('scripts/licence-policy.json', JSON.stringify({ allow }));
  return root;
}

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8' });

describe('licenceAllowed', () => {
  const allow = new Set(['MIT', 'ISC', 'Apache-2.0']);

  it('allows a licence on the list, and an OR of which one side is on it', () => {
    expect(licenceAllowed('MIT', allow)).toBe(true);
    expect(licenceAllowed('(MIT OR WTFPL)', allow)).toBe(true);
    expect(licenceAllowed('MIT AND ISC', allow)).toBe(true);
  });

  it('refuses a licence off the list, and an AND with any part off it', () => {
    expect(licenceAllowed('GPL-3.0-only', allow)).toBe(false);
    expect(licenceAllowed('MIT AND GPL-3.0-only', allow)).toBe(false);
  });

  it('refuses what is not an SPDX expression: a guess from a file, UNKNOWN, a bare BSD, nothing', () => {
    for (const notSpdx of ['MIT*', 'UNKNOWN', 'BSD', 'Custom: LICENSE', '', undefined]) expect(licenceAllowed(notSpdx, allow)).toBe(false);
  });
});

describe('productionClosure', () => {
  it('follows dependencies, installed optional dependencies and required peers, never development dependencies', () => {
    const root = fixture(
      {
        'node_modules/a': { license: 'MIT', dependencies: { b: '1' }, optionalDependencies: { 'not-here': '1' } },
        'node_modules/b': {
          license: 'MIT',
          peerDependencies: { c: '1', 'optional-peer': '1' },
          peerDependenciesMeta: { 'optional-peer': { optional: true } },
        },
        'node_modules/c': { license: 'MIT' },
        'node_modules/dev-only': { license: 'MIT' },
      },
      { dependencies: { a: '1' }, devDependencies: { 'dev-only': '1' } },
    );
    const found = [...productionClosure(root, 'packages/cli').keys()].map((dir) => relative(root, dir)).sort();
    expect(found).toEqual(['node_modules/a', 'node_modules/b', 'node_modules/c', 'packages/cli']);
  });

  it("takes a package's own nested copy before the hoisted one, as Node does", () => {
    const root = fixture(
      {
        'node_modules/a': { license: 'MIT', dependencies: { b: '2' } },
        'node_modules/a/node_modules/b': { license: 'ISC' },
        'node_modules/b': { license: 'MIT' },
      },
      { dependencies: { a: '1' } },
    );
    const found = [...productionClosure(root, 'packages/cli').keys()].map((dir) => relative(root, dir)).sort();
    expect(found).toEqual(['node_modules/a', 'node_modules/a/node_modules/b', 'packages/cli']);
  });

  it('names the package.json and the dependency when a required package is not installed', () => {
    const root = fixture({ 'node_modules/a': { license: 'MIT', dependencies: { gone: '1' } } }, { dependencies: { a: '1' } });
    expect(() => productionClosure(root, 'packages/cli')).toThrow(
      'node_modules/a/package.json: dependency gone is not installed (run npm ci)',
    );
  });
});

describe('scripts/licence-report.mjs, run as CI runs it', () => {
  it('writes a report of the web bundle and the server with every licence text, which --check then finds current', () => {
    const root = fixture(
      {
        'node_modules/react-like': { license: 'MIT', licenceFile: MIT_TEXT },
        'node_modules/preact-like': { license: 'MIT', licenceFile: MIT_TEXT },
        'node_modules/server-lib': { license: 'ISC', licenceFile: 'ISC License\n\nCopyright (c) 2026 Someone Else\n' },
      },
      { dependencies: { 'server-lib': '1' } },
      { bundled: { staff: ['node_modules/react-like'], public: ['node_modules/preact-like'] } },
    );
    const written = run(root);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    const report = readFileSync(join(root, 'THIRD-PARTY-LICENSES.md'), 'utf8');
    const [web, server] = report.split('## The server and command line');
    // Each web build's list counts: the staff workspace's and the public pages'.
    expect(web).toContain('| react-like | 1.0.0 | MIT |');
    expect(web).toContain('| preact-like | 1.0.0 | MIT |');
    expect(web).not.toContain('server-lib');
    expect(server).toContain('| server-lib | 1.0.0 | ISC |');
    expect(server).not.toContain('| react-like');
    expect(report).toContain('### react-like@1.0.0');
    expect(report).toContain('Copyright (c) 2026 Someone Else');
    expect(report).not.toMatch(/### @carelevel\/cli|\| @carelevel\/cli \|/); // our own packages are not third-party

    const checked = run(root, '--check');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('every licence allowed; THIRD-PARTY-LICENSES.md is current');
  });

  it('fails --check when the report no longer matches the installed packages', () => {
    const root = fixture({ 'node_modules/lib': { license: 'MIT', licenceFile: MIT_TEXT } }, { dependencies: { lib: '1' } });
    expect(run(root).status).toBe(0);
    writeFileSync(join(root, 'node_modules/lib/package.json'), JSON.stringify({ name: 'lib', version: '1.0.1', license: 'MIT' }));
    const checked = run(root, '--check');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('THIRD-PARTY-LICENSES.md is out of date with the installed packages; run npm run licences');
  });

  it('fails on every shipped package whose licence is not allowed, naming each one, its licence and where it ships', () => {
    const root = fixture(
      {
        'node_modules/copyleft': { license: 'GPL-3.0-only' },
        'node_modules/guessed': { licenceFile: MIT_TEXT },
        'node_modules/bundled-agpl': { license: 'AGPL-3.0-only' },
        'node_modules/fine': { license: 'MIT' },
      },
      { dependencies: { copyleft: '1', guessed: '1', fine: '1' } },
      { bundled: { staff: ['node_modules/bundled-agpl'], public: ['node_modules/fine'] } },
    );
    for (const args of [[], ['--check']]) {
      const r = run(root, ...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('licences: 3 shipped package(s) we cannot ship as they are:');
      expect(r.stderr).toContain('copyleft@1.0.0 (server): licence "GPL-3.0-only" is not on the allow-list in scripts/licence-policy.json');
      expect(r.stderr).toContain('bundled-agpl@1.0.0 (web bundle): licence "AGPL-3.0-only" is not on the allow-list');
      expect(r.stderr).toContain(
        'guessed@1.0.0 (server): licence "MIT*" is not on the allow-list in scripts/licence-policy.json (guessed from node_modules/guessed/LICENSE: read it, then record it in scripts/licence-clarifications.json)',
      );
      expect(r.stderr).not.toContain('fine@');
    }
  });

  it('accepts a guessed licence once a clarification records it, and only while the text is the one reviewed', () => {
    const root = fixture({ 'node_modules/guessed': { licenceFile: MIT_TEXT } }, { dependencies: { guessed: '1' } });
    const clarify = (text: string): void => {
      const checksum = createHash('sha256').update(text).digest('hex');
      writeFileSync(
        join(root, 'scripts/licence-clarifications.json'),
        JSON.stringify({ 'guessed@1.0.0': { licenses: 'MIT', checksum, why: 'read it' } }),
      );
    };
    clarify(MIT_TEXT);
    const accepted = run(root);
    expect(accepted.status).toBe(0);
    expect(readFileSync(join(root, 'THIRD-PARTY-LICENSES.md'), 'utf8')).toContain('| guessed | 1.0.0 | MIT |');
    clarify(`${MIT_TEXT}(an older text)\n`);
    const changed = run(root, '--check');
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('Clarification checksum mismatch for guessed@1.0.0');
  });

  it('asks for the web build when no list of bundled packages is there', () => {
    const root = fixture({}, {}, { bundled: null });
    const r = run(root, '--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('licences: packages/web/dist/.vite/bundled-packages-*.json: missing; build the web app first (npm run build)\n');
  });

  it('refuses an argument it does not know', () => {
    const r = run(fixture({}, {}), '--fix');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('licences: unknown argument --fix (use --check, --root DIR)\n');
  });
});
