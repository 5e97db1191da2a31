import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildOnce } from '../../scripts/build-once.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { fixtureApi, type FixtureApi } from './fixture-api.js';

export const CHROMIUM = '/usr/bin/chromium';
/** The browser tests need Debian's chromium (`apt-get install chromium`); without it they are skipped. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`[web] ${CHROMIUM} not found: browser tests are skipped. Install it with: apt-get install -y chromium`);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface App {
  readonly browser: Browser;
  readonly url: string;
  readonly api: FixtureApi;
  readonly close: () => Promise<void>;
}

/** Build once, serve dist on loopback, launch Chromium (each launch gets a fresh temporary profile). */
export async function startApp(): Promise<App> {
  const root = await buildOnce();
  const api = fixtureApi();
  const server = await startStaticServer({ root, api: api.handle });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    api,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh context (empty storage) and page, at a phone-ish size unless told otherwise. */
export async function newPage(app: App, options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: options.width ?? 390, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
  });
  context.setDefaultTimeout(10_000);
  return context.newPage();
}
