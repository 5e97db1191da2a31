// The staff workspace against the REAL server: buildApp + openAppDatabase on a temporary SQLite
// folder, the built web app as its webRoot, on loopback, with one user of each role and the sample
// directory loaded the way `carelevel serve` does on first run. Nothing of our own server is mocked.
import { ensureSampleDirectory } from '@carelevel/directory';
import { buildApp, createUser, type SmartRecord } from '@carelevel/server';
import { openAppDatabase, type AppDatabase } from '@carelevel/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildOnce } from '../../../scripts/build-once.mjs';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM } from '../../browser-tests/browser.js';
import type { Role } from '@carelevel/contract';

export { HAVE_CHROMIUM };

/** Every test account's password (the server asks for at least 12 characters). */
export const PASSWORD = 'correct horse battery';

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

/** A signed-in API client for setting up records from the test (consents, people) over real HTTP. */
export interface ApiAs {
  readonly get: <T = unknown>(path: string) => Promise<T>;
  readonly post: <T = unknown>(path: string, body?: unknown) => Promise<T>;
  /** The raw response, for tests about status codes. */
  readonly fetch: (method: string, path: string, body?: unknown) => Promise<Response>;
}

export interface StaffHarness {
  /** The server's base URL, ending in `/`. */
  readonly url: string;
  /** The staff workspace page, where the server serves it (`/staff`). */
  readonly staffUrl: string;
  readonly browser: Browser;
  readonly database: AppDatabase;
  readonly users: Readonly<Record<Role, TestUser>>;
  /** The sample program the program-staff user works for. */
  readonly programId: string;
  readonly programName: string;
  /** A fresh browser context (no cookies) and page; 1280×900 unless told otherwise. */
  readonly newPage: (options?: { width?: number; height?: number }) => Promise<Page>;
  /** Open the workspace and sign in through its form as the role's user; resolves once the menu shows. */
  readonly signIn: (page: Page, role: Role) => Promise<void>;
  readonly apiAs: (role: Role) => Promise<ApiAs>;
  /** The server's FHIR delivery worker: tests run its rounds themselves (it is not on a timer here). */
  readonly fhirDelivery: { runOnce(): Promise<void> };
  /** Every Content-Security-Policy refusal Chromium reported on any page so far (the policy must fit the pages). */
  readonly cspViolations: () => readonly string[];
  readonly close: () => Promise<void>;
}

const email = (role: Role): string => `${role}@example.test`;

/**
 * `users: false` starts as a new install does: no accounts at all (first-run setup). `chromiumArgs` are
 * added to Chromium's (a fake camera, for instance).
 */
export async function startStaffHarness(
  options: {
    readonly users?: boolean;
    readonly chromiumArgs?: readonly string[];
    /** Health records registered for SMART launch (the server's own origin is filled in once it listens). */
    readonly smartRecords?: readonly SmartRecord[];
  } = {},
): Promise<StaffHarness> {
  const dist = await buildOnce();
  const dataDir = mkdtempSync(join(tmpdir(), 'carelevel-staff-'));
  const database = await openAppDatabase({ dataDir });
  await ensureSampleDirectory(database.db);
  const program = await database.db
    .selectFrom('directory_programs')
    .select(['id', 'name'])
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const programId = program.id;
  const users = {} as Record<Role, TestUser>;
  for (const role of options.users === false ? [] : (['admin', 'clinician', 'navigator', 'program-staff'] as const)) {
    const u = await createUser(database.db, {
      email: email(role),
      password: PASSWORD,
      role,
      ...(role === 'program-staff' ? { programs: [programId] } : {}),
    });
    users[role] = { id: u.id, email: u.email, role };
  }
  // Many sign-ins from one address in a test run: lift the per-minute limit, keep everything else.
  const smart = options.smartRecords ? { records: options.smartRecords, publicUrl: '' } : undefined;
  const app = await buildApp({ database, webRoot: dist, logLevel: 'warn', loginAttemptsPerMinute: 10_000, ...(smart ? { smart } : {}) });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // The redirect URI is read at each launch: the port is known only now.
  if (smart) smart.publicUrl = address;
  const url = `${address}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])] });
  const violations: string[] = [];

  const newPage = async (options: { width?: number; height?: number } = {}): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: 'en-US',
    });
    // Generous: browser test files run side by side on small CI machines (two cores), each with a server.
    context.setDefaultTimeout(20_000);
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return context.newPage();
  };

  const signIn = async (page: Page, role: Role): Promise<void> => {
    if (!page.url().startsWith(url)) await page.goto(`${url}staff`);
    await page.getByLabel('Email').fill(email(role));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  };

  const apiAs = async (role: Role): Promise<ApiAs> => {
    const res = await fetch(`${url}api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: email(role), password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const raw = (method: string, path: string, body?: unknown): Promise<Response> =>
      fetch(`${url}${path.replace(/^\//, '')}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const r = await raw(method, path, body);
      const text = await r.text();
      if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    };
    return { get: (path) => json('GET', path), post: (path, body) => json('POST', path, body ?? {}), fetch: raw };
  };

  return {
    url,
    staffUrl: `${url}staff`,
    browser,
    database,
    users,
    programId,
    programName: program.name,
    newPage,
    signIn,
    apiAs,
    cspViolations: () => violations,
    fhirDelivery: app.fhirDelivery,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
