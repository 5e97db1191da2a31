#!/usr/bin/env node
// The third-party licence report: which packages we ship, under which licences, with their texts.
//
//   node scripts/licence-report.mjs           write THIRD-PARTY-LICENSES.md
//   node scripts/licence-report.mjs --check   fail if a shipped package's licence is not allowed, or
//                                             if THIRD-PARTY-LICENSES.md is not what it would write
//   --root DIR                                another repository layout (the tests' fixtures)
//
// What ships is decided here; reading each package's licence is license-checker-rseidelsohn's job
// (package.json fields, licence files, and the reviewed clarifications with a checksum of the text
// they were reviewed against). Two parts ship:
//   - the web bundle: the packages whose code Vite put into packages/web/dist, as each web build
//     (the staff workspace, the public pages) listed them in dist/.vite/bundled-packages-*.json
//     (after tree-shaking, not the web's whole dependency tree);
//   - the server: the production dependency tree of @carelevel/cli (the command that serves the
//     app), as `npm ci --omit=dev` installs it and the container image ships it.
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as checker from 'license-checker-rseidelsohn';
import satisfies from 'spdx-satisfies';

export const REPORT = 'THIRD-PARTY-LICENSES.md';
export const POLICY = 'scripts/licence-policy.json';
export const CLARIFICATIONS = 'scripts/licence-clarifications.json';
/** Where each web build lists its bundled packages, as bundled-packages-<build>.json. */
export const BUNDLE_LISTS = 'packages/web/dist/.vite';
const SERVER_ENTRY = 'packages/cli';

/**
 * Whether a package's licence lets us ship it: an SPDX expression every branch of which that it
 * needs is on the allow-list (for "A OR B" one side is enough; for "A AND B" both). Anything that is
 * not SPDX — a guess from a file ("MIT*"), "UNKNOWN", "Custom: …", a bare "BSD" — is not allowed
 * until someone reads the text and records a clarification.
 */
export function licenceAllowed(expression, allow) {
  if (typeof expression !== 'string' || expression.trim() === '') return false;
  try {
    return satisfies(expression, [...allow]);
  } catch {
    return false;
  }
}

/** Node's lookup for `name` needed by the package in `fromDir`: node_modules here, then in each parent. */
function findInstalled(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

const readManifest = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/**
 * The folders of every package `startDir` needs at run time: its dependencies, the optional ones
 * that are installed here, and the peers it does not mark optional — and theirs, to the end.
 * Development dependencies are never followed. A required package that is missing is an error: the
 * report would otherwise be silently short.
 */
export function productionClosure(root, startDir) {
  const found = new Map();
  const queue = [realpathSync(resolve(root, startDir))];
  while (queue.length > 0) {
    const dir = queue.pop();
    if (found.has(dir)) continue;
    const manifest = readManifest(dir);
    found.set(dir, manifest);
    const optional = new Set([
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.entries(manifest.peerDependenciesMeta ?? {})
        .filter(([, meta]) => meta?.optional === true)
        .map(([name]) => name),
    ]);
    const needed = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    for (const name of needed) {
      const at = findInstalled(name, dir);
      if (at !== undefined) queue.push(at);
      else if (!optional.has(name)) {
        throw new Error(`${relative(root, join(dir, 'package.json')) || 'package.json'}: dependency ${name} is not installed (run npm ci)`);
      }
    }
  }
  return found;
}

/** The bundled packages' folders, as the web builds listed them (every build's list together). */
export function bundledFolders(root) {
  const dir = join(root, BUNDLE_LISTS);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^bundled-packages-.+\.json$/.test(f))
        .sort()
    : [];
  if (files.length === 0) throw new Error(`${BUNDLE_LISTS}/bundled-packages-*.json: missing; build the web app first (npm run build)`);
  const found = new Map();
  for (const name of files) {
    const file = `${BUNDLE_LISTS}/${name}`;
    const list = JSON.parse(readFileSync(join(root, file), 'utf8'));
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw new Error(`${file}: must be a list of package folders`);
    for (const folder of list) {
      const at = join(root, folder);
      if (!existsSync(join(at, 'package.json'))) throw new Error(`${file}: ${folder} is not an installed package (rebuild the web app)`);
      found.set(realpathSync(at), readManifest(at));
    }
  }
  return found;
}

/** Our own packages (the workspace and its members) are Apache-2.0 and are not third-party. */
function isFirstParty(root, dir) {
  const real = realpathSync(root);
  return dir === real || dir.startsWith(join(real, 'packages') + sep);
}

/** Read every installed package's licence with license-checker-rseidelsohn, keyed name@version. */
export async function readLicences(root) {
  const init = promisify(checker.init);
  const clarifications = join(root, CLARIFICATIONS);
  return init({
    start: root,
    customFormat: { name: '', version: '', licenses: '', repository: '', licenseFile: '', licenseText: '', noticeFile: '' },
    ...(existsSync(clarifications) ? { clarificationsFile: clarifications, clarificationsMatchAll: true } : {}),
  });
}

export function readPolicy(root) {
  const file = join(root, POLICY);
  const policy = JSON.parse(readFileSync(file, 'utf8'));
  const allow = policy?.allow;
  if (allow === null || typeof allow !== 'object' || Object.keys(allow).length === 0) {
    throw new Error(`${POLICY}: allow must map each licence we can ship (an SPDX id) to why`);
  }
  for (const [id, why] of Object.entries(allow)) {
    if (typeof why !== 'string' || why === '') throw new Error(`${POLICY}: allow.${id} must say why we can ship it`);
  }
  return { allow: new Set(Object.keys(allow)), reasons: allow };
}

const PART_TITLES = { web: 'web bundle', server: 'server' };

/**
 * Put the shipped packages beside their licences. Every package whose licence is missing or not
 * allowed becomes one problem that names the package, its version, the licence and the part that
 * ships it; all are reported at once.
 */
export function judge(root, parts, licences, allow) {
  const packages = new Map();
  const problems = [];
  for (const [part, folders] of Object.entries(parts)) {
    for (const [dir, manifest] of folders) {
      if (isFirstParty(root, dir)) continue;
      const key = `${manifest.name}@${manifest.version}`;
      const info = licences[key];
      const licence = Array.isArray(info?.licenses) ? info.licenses.join(' AND ') : info?.licenses;
      const entry = packages.get(key) ?? { key, name: manifest.name, version: manifest.version, licence, info, parts: [] };
      if (!entry.parts.includes(part)) entry.parts.push(part);
      packages.set(key, entry);
      if (info === undefined) problems.push(`${key} (${PART_TITLES[part]}): not found by the licence checker`);
      else if (!licenceAllowed(licence, allow)) {
        problems.push(
          `${key} (${PART_TITLES[part]}): licence "${licence ?? 'none'}" is not on the allow-list in ${POLICY}` +
            (typeof licence === 'string' && licence.endsWith('*')
              ? ` (guessed from ${info.licenseFile ? relative(root, info.licenseFile) : 'its README'}: read it, then record it in ${CLARIFICATIONS})`
              : ''),
        );
      }
    }
  }
  const sorted = [...packages.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
  );
  return { packages: sorted, problems: [...new Set(problems)] };
}

/** A fence longer than any run of backticks in the text, so a licence text can never close it. */
function fenced(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.trim()}\n${fence}`;
}

const isLicenceFile = (file) => typeof file === 'string' && /^(licen[cs]e|copying)/i.test(file.split(/[\\/]/).pop() ?? '');

export function renderReport(root, { packages }, reasons) {
  const repo = (info) => (typeof info?.repository === 'string' ? info.repository : '');
  const table = (part) => {
    const rows = packages.filter((p) => p.parts.includes(part));
    return [
      `${rows.length} packages.`,
      '',
      '| package | version | licence | repository |',
      '| --- | --- | --- | --- |',
      ...rows.map((p) => `| ${p.name} | ${p.version} | ${p.licence} | ${repo(p.info)} |`),
    ].join('\n');
  };
  const texts = packages.map((p) => {
    const where = p.parts.map((part) => PART_TITLES[part]).join(', ');
    const lines = [`### ${p.key}`, '', `Licence: ${p.licence}. Shipped in: ${where}.`, ''];
    if (isLicenceFile(p.info?.licenseFile) && p.info.licenseText) lines.push(fenced(p.info.licenseText), '');
    else lines.push(`The package has no licence file; its package.json declares ${p.licence}.`, '');
    if (p.info?.noticeFile) {
      lines.push(`Its NOTICE file:`, '', fenced(readFileSync(p.info.noticeFile, 'utf8')), '');
    }
    return lines.join('\n');
  });
  const counts = new Map();
  for (const p of packages) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  return [
    '# Third-party licences',
    '',
    'carelevel itself is Apache-2.0 (`LICENSE`, `NOTICE`). This file lists the third-party packages it',
    'ships and their licences. It is generated by `npm run licences` (`scripts/licence-report.mjs`,',
    'reading licences with license-checker-rseidelsohn) — do not edit it by hand. CI runs',
    '`npm run licences:check`, which fails when a shipped package has a licence outside the allow-list',
    `in \`${POLICY}\` or when this file is out of date.`,
    '',
    '## Licences we can ship',
    '',
    ...Object.entries(reasons).map(([id, why]) => `- **${id}** — ${why}`),
    '',
    '## Summary',
    '',
    '| licence | packages |',
    '| --- | --- |',
    ...[...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([l, n]) => `| ${l} | ${n} |`),
    '',
    '## The web bundle',
    '',
    'Packages whose code is in the JavaScript that browsers load from `packages/web/dist`, as its two',
    'builds (the staff workspace, the public pages) list them after tree-shaking, the bundler’s own',
    'helpers included.',
    '',
    table('web'),
    '',
    '## The server and command line',
    '',
    'The production dependencies of `@carelevel/cli`, as `npm ci --omit=dev` installs them and the',
    'container image ships them (native parts as installed on Linux x64).',
    '',
    table('server'),
    '',
    '## Licence texts',
    '',
    ...texts,
  ].join('\n');
}

export async function main(argv) {
  const args = argv.slice(2);
  const check = args.includes('--check');
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? resolve(args[rootAt + 1] ?? '.') : fileURLToPath(new URL('..', import.meta.url));
  const unknown = args.filter((a, i) => a !== '--check' && a !== '--root' && i !== rootAt + 1);
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]} (use --check, --root DIR)`);

  const { allow, reasons } = readPolicy(root);
  const parts = { web: bundledFolders(root), server: productionClosure(root, SERVER_ENTRY) };
  const judged = judge(root, parts, await readLicences(root), allow);
  if (judged.problems.length > 0) {
    process.stderr.write(`licences: ${judged.problems.length} shipped package(s) we cannot ship as they are:\n`);
    for (const p of judged.problems) process.stderr.write(`  ${p}\n`);
    return 1;
  }
  const report = `${renderReport(root, judged, reasons)}\n`;
  const file = join(root, REPORT);
  if (check) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== report) {
      process.stderr.write(`licences: ${REPORT} is out of date with the installed packages; run npm run licences and commit it\n`);
      return 1;
    }
    process.stdout.write(`licences: ${judged.packages.length} third-party packages, every licence allowed; ${REPORT} is current\n`);
    return 0;
  }
  writeFileSync(file, report);
  process.stdout.write(`licences: wrote ${REPORT} (${judged.packages.length} third-party packages, every licence allowed)\n`);
  return 0;
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`licences: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
