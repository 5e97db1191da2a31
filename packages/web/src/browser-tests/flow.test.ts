import { readFileSync } from 'node:fs';
import { STORAGE_KEY } from '../assessment/saved-state.js';
import { assess } from '@carelevel/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, newPage, startApp, type App } from './browser.js';
import { answerStep, answersOf, nextStep, route, startAssessment, walk } from './drive.js';
import { expectNoAxeViolations } from './axe.js';
import { CROWDED_ZIP, EMPTY_ZIP, UNKNOWN_ZIP } from './fixture-api.js';

describe.skipIf(!HAVE_CHROMIUM)('the self-assessment in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the crisis screen the moment an answer shows danger, before any other question', async () => {
    const page = await newPage(app);
    await startAssessment(page, app.url);
    await answerStep(page, { who: 'self', age: '30', concern: 'mental-health' });
    await nextStep(page);
    await page.locator('main input[name="suicide"]').first().waitFor();
    // The very next click after the danger answer lands on the crisis screen: no "Next" needed.
    await page.locator('main input[name="suicide"][value="plan"]').click();
    await page.waitForFunction(() => window.location.hash === '#/crisis');
    await expect.poll(() => page.locator('main .crisis-message').textContent()).toContain('988');
    expect(await page.locator('main a[href="tel:988"]').count()).toBe(1);
    expect(await page.locator('main a[href="sms:988"]').count()).toBe(1);
    expect(await page.locator('main a[href="tel:911"]').count()).toBe(1);
    // The person can go back and finish; the result puts the crisis first again (from the engine).
    await page.getByRole('button', { name: /There is no danger now/ }).click();
    expect(await route(page)).toBe('#/check');
    expect(await page.locator('main input[name="suicide"][value="plan"]').isChecked()).toBe(true);
    // A second, different danger answered after that opens the crisis screen again, with its own words.
    await page.locator('main input[name="dangerNow"][value="medical"]').click();
    await page.waitForFunction(() => window.location.hash === '#/crisis');
    await expect.poll(() => page.locator('main .crisis-message p').count()).toBe(2);
    await page.context().close();
  });

  it('treats thoughts of suicide without a plan as urgent, not an emergency: the result says so first, with 988, above the level', async () => {
    const page = await newPage(app);
    await startAssessment(page, app.url);
    const answers = {
      ...answersOf('01-iop-stable-home-working'),
      suicide: 'thoughts',
      attempt: 'no',
      lethalMeans: 'no',
      dangerNow: ['none'],
    };
    const { stop } = await walk(page, answers);
    // No crisis screen on the way: a screen is not an assessment.
    expect(stop).toBe('result');
    const urgent = page.locator('main section.urgent');
    await urgent.waitFor();
    expect(await urgent.getAttribute('data-urgent')).toBe('suicide-screen-positive');
    expect(await urgent.locator('a[href="tel:988"]').count()).toBe(1);
    expect(await urgent.locator('a[href="sms:988"]').count()).toBe(1);
    // It comes before the level in reading order.
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('main section.urgent, main .answer[data-level]')];
      return all.map((e) => (e.classList.contains('urgent') ? 'urgent' : 'level'));
    });
    expect(order).toEqual(['urgent', 'level']);
    expect(await page.locator('main .supports li[data-support="safety-planning"]').count()).toBe(1);
    await expectNoAxeViolations(page, 'result with an urgent flag');
    await page.context().close();
  });

  it('shows crisis help (988, 911, the helpline) on every public page', async () => {
    const page = await newPage(app);
    for (const hash of ['#/', '#/check', '#/result', '#/programs', '#/summary']) {
      await page.goto(`${app.url}${hash}`);
      await page.locator('main h1').first().waitFor();
      const bar = page.getByRole('complementary', { name: 'Crisis help' });
      // Each page has its own title, not the home page's everywhere.
      if (hash === '#/programs') await expect.poll(() => page.title()).toBe('Find programs — carelevel');
      expect(await bar.locator('a[href="tel:988"]').count(), hash).toBe(1);
      // "Call or text": texting needs its own link, a tel: link can only call.
      expect(await bar.locator('a[href="sms:988"]').count(), hash).toBe(1);
      expect(await bar.locator('a[href="tel:911"]').count(), hash).toBe(1);
      expect(await bar.locator('a[href="tel:18006624357"]').count(), hash).toBe(1);
    }
    await page.context().close();
  });

  it('keeps every answer on the device: a full run requests only static files; a search sends only ZIP, level and filters', async () => {
    const page = await newPage(app);
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    const answers = answersOf('01-iop-stable-home-working');
    await startAssessment(page, app.url);
    await walk(page, answers);
    await page.getByRole('button', { name: 'Print a summary' }).click();
    await page.locator('main h1', { hasText: 'Summary' }).waitFor();
    // Sharing is by hand: the case is saved as a file on this device, and it is a valid case.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the answers as a file for a counselor' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const decided = assess(saved);
    expect(decided.ok && decided.recommendation.level).toBe('intensive-outpatient');
    await page.getByRole('button', { name: 'Back to the result' }).click();
    await page.locator('.answer[data-level]').waitFor();

    const origin = new URL(app.url).origin;
    for (const r of requests) {
      const u = new URL(r.url);
      expect(u.origin, r.url).toBe(origin);
      expect(r.method, r.url).toBe('GET');
      expect(u.search, r.url).toBe('');
      expect(u.pathname === '/' || /^\/assets\/[\w.-]+\.(js|css)$/.test(u.pathname), r.url).toBe(true);
    }
    expect(app.api.queries).toHaveLength(0);

    // Now the person chooses to search for programs.
    const before = requests.length;
    await page.getByRole('button', { name: 'Find programs near you' }).click();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'programs found' }).waitFor();
    const api = requests.slice(before).filter((r) => new URL(r.url).pathname.startsWith('/api/'));
    expect(api).toHaveLength(1);
    const sent = new URL(api[0]?.url ?? '');
    expect(api[0]?.method).toBe('GET');
    expect(api[0]?.body).toBeNull();
    expect(sent.pathname).toBe('/api/v1/programs');
    expect([...sent.searchParams.keys()].sort()).toEqual(['levels', 'near', 'payments', 'radiusMiles', 'scheduleTracks', 'scope']);
    expect(sent.searchParams.get('near')).toBe('97201');
    expect(sent.searchParams.get('levels')).toBe('intensive-outpatient');
    expect(sent.searchParams.get('scope')).toBe('substance-use');
    // No other request carried anything either.
    for (const r of requests.slice(before)) if (!r.url.includes('/api/')) expect(new URL(r.url).search).toBe('');
    // Results show why each fits and what does not, and a distance view without map tiles; a
    // mental-health-only program is not offered for a drinking worry.
    await expect.poll(() => page.locator('.program').count()).toBe(2);
    expect(await page.locator('.program').first().textContent()).toContain('Takes Medicaid');
    expect(await page.locator('.program').nth(1).textContent()).toContain('No evening track');
    expect(await page.locator('main').textContent()).not.toContain('Hillside Counseling');
    expect(await page.locator('.distance-view li').count()).toBe(2);
    // Every listing says when it was last checked (stale listings are the common complaint).
    expect(await page.locator('.program').first().textContent()).toContain('From a list of programs, October 2026.');
    await page.context().close();
  });

  it('suggests next steps and the national helpline when no program matches', async () => {
    const page = await newPage(app);
    await page.goto(`${app.url}#/programs`);
    await page.getByLabel('ZIP code').fill(EMPTY_ZIP);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'No programs matched' }).waitFor();
    const empty = (await page.locator('.empty').textContent()) ?? '';
    expect(empty).toContain('1-800-662-4357');
    // The wider radius the directory suggests is one tap away, and the distance list then offers it.
    await page.getByRole('button', { name: 'Search within 50 miles' }).click();
    await expect.poll(() => page.locator('#program-radius').inputValue()).toBe('50');
    // A ZIP the server does not know gets a plain message, not a dead end.
    await page.getByLabel('ZIP code').fill(UNKNOWN_ZIP);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'could not find that ZIP code' }).waitFor();
    await page.context().close();
  });

  it('shows the next page of programs on request, after saying how many there are, and moves focus to them', async () => {
    const page = await newPage(app);
    await page.goto(`${app.url}#/programs`);
    await page.getByLabel('ZIP code').fill(CROWDED_ZIP);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: '27 programs found. Here are the 20 closest.' }).waitFor();
    await expect.poll(() => page.locator('.program').count()).toBe(20);
    await page.getByRole('button', { name: 'Show 7 more programs' }).click();
    await expect.poll(() => page.locator('.program').count()).toBe(27);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Program 21');
    expect(await page.getByRole('button', { name: /more programs/ }).count()).toBe(0);
    const sent = app.api.queries.filter((q) => q.searchParams.get('near') === CROWDED_ZIP);
    expect(sent.map((q) => q.searchParams.get('offset'))).toEqual([null, '20']);
    await expectNoAxeViolations(page, 'program finder with a second page');
    await page.context().close();
  });

  it('resumes on the same device after a reload, with every answer kept', async () => {
    const page = await newPage(app);
    const answers = answersOf('02-residential-relapsed-after-iop-using-partner');
    await startAssessment(page, app.url);
    for (let i = 0; i < 3; i++) {
      await answerStep(page, answers);
      await nextStep(page);
    }
    const stepTitle = await page.locator('main h1').textContent();
    await page.goto(app.url);
    await page.reload();
    await page.getByRole('button', { name: 'Continue where you left off' }).click();
    // Resuming sets the address (#/check); the page follows on the hashchange event, a task queued
    // after the click, so the heading can still be the home page's when the click returns.
    await expect.poll(() => page.locator('main h1').textContent()).toBe(stepTitle);
    await page.getByRole('button', { name: 'Back' }).click();
    // An answer from before the reload is still chosen, and can be changed.
    expect(await page.locator('main input[name="lastUse"][value="20"]').isChecked()).toBe(true);
    await page.locator('main input[name="lastUse"][value="60"]').check();
    // Saving follows the render; reload only once the device holds the new answer.
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"lastUse":"60"') === true, STORAGE_KEY);
    await page.reload();
    await page.locator('main input[name="lastUse"]').first().waitFor();
    expect(await page.locator('main input[name="lastUse"][value="60"]').isChecked()).toBe(true);
    const { stop } = await walk(page, answers);
    expect(stop).toBe('result');
    expect(await page.locator('.answer[data-level]').getAttribute('data-level')).toMatch(/^residential-/);
    await page.context().close();
  });

  it('works in Spanish from the first page to the summary, engine reasons included', async () => {
    const page = await newPage(app, { locale: 'es-MX' });
    await page.goto(app.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('main h1').textContent()).toBe('Encuentre el nivel de atención adecuado');
    await startAssessment(page, app.url);
    expect(await page.locator('main h1').textContent()).toBe('¿Para quién es?');
    await walk(page, answersOf('09-homeless-severe-stimulant'));
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('La atención que mejor conviene ahora es');
    expect(main).toContain('Tratamiento residencial');
    expect(main).toContain('Por qué');
    expect(main).not.toContain('Why');
    // The switch works on any page, both ways.
    await page.getByRole('button', { name: 'View in English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await page.locator('.answer').textContent()).toContain('Residential treatment');
    await page.getByRole('button', { name: 'Ver en español' }).click();
    await page.getByRole('button', { name: 'Imprimir un resumen' }).click();
    await page.locator('main h1', { hasText: 'Resumen para llevar' }).waitFor();
    const summary = (await page.locator('main').textContent()) ?? '';
    expect(summary).toContain('Respuestas importantes');
    expect(summary).toContain('¿Dónde vive él ahora?');
    expect(summary).toContain('Sin hogar');
    await page.context().close();
  });
});
