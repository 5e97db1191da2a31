// The public pages as the real server sends them (not the test's static server): the first HTML in
// the browser's language, every text file compressed, and the real program search behind the finder.
import { ensureSampleDirectory } from '@carelevel/directory';
import { buildApp } from '@carelevel/server';
import { openAppDatabase, type AppDatabase } from '@carelevel/storage';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../scripts/build-once.mjs';
import { UI } from '../i18n/i18n.js';
import type { Lang } from '../questions/question-types.js';
import { expectNoAxeViolations, noSideScroll } from './axe.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM } from './browser.js';
import { openWithAnswers } from './drive.js';

describe.skipIf(!HAVE_CHROMIUM)('the public pages served by the real server', () => {
  let dataDir: string;
  let database: AppDatabase;
  let server: FastifyInstance;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const dist = await buildOnce();
    dataDir = mkdtempSync(join(tmpdir(), 'carelevel-public-'));
    database = await openAppDatabase({ dataDir });
    await ensureSampleDirectory(database.db);
    server = await buildApp({ database, webRoot: dist, logLevel: 'warn' });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'es'] as const satisfies readonly Lang[]) {
    const t = UI[lang];

    it(`[${lang}] sends the first HTML already in the browser's language, with its description, and the scripts compressed`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang === 'es' ? 'es-MX' : 'en-US' });
      const page = await context.newPage();
      const encodings: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) encodings.push(r.headers()['content-encoding'] ?? 'none');
      });
      const first = await page.goto(url);
      const html = (await first?.text()) ?? '';
      // Before any script runs: the HTML as it came over the wire.
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<meta name="description" content="${t.description}"`);
      expect(first?.headers()['vary']).toContain('accept-language');
      await page.locator('main h1', { hasText: t.homePage.title }).waitFor();
      expect(encodings.length).toBeGreaterThan(0);
      expect(encodings.every((e) => e === 'br')).toBe(true);
      expect(await noSideScroll(page)).toBe(true);
      await expectNoAxeViolations(page, `${lang} home page from the server`);
      await context.close();
    });

    it(`[${lang}] finds real programs of the right kind for a mental-health worry`, async () => {
      const page = await openWithAnswers(
        { browser, url },
        lang,
        { who: 'self', age: '40', concern: 'mental-health', zip: '97201' },
        '#/programs',
      );
      await page.locator('#program-zip').fill('97201');
      await page.locator('#program-radius').selectOption('100');
      const search = page.waitForResponse((r) => r.url().includes('/api/v1/programs?'));
      await page.getByRole('button', { name: t.programs.search, exact: true }).click();
      const body = (await (await search).json()) as { results: { scope: string }[] };
      expect(body.results.length).toBeGreaterThan(0);
      expect(body.results.every((r) => r.scope !== 'substance-use')).toBe(true);
      await page
        .getByRole('status')
        .filter({ hasText: /\d|No|Ning/ })
        .waitFor();
      await expectNoAxeViolations(page, `${lang} finder from the server`);
      await page.context().close();
    });
  }
});
