import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../questions/question-types.js';
import { expectNoAxeViolations as axe } from './axe.js';
import { HAVE_CHROMIUM, newPage, startApp, type App } from './browser.js';
import { answersOf, answerStep, nextStep, route, startAssessment } from './drive.js';
import { EMPTY_ZIP } from './fixture-api.js';

const base = answersOf('02-residential-relapsed-after-iop-using-partner');
/** Answers that open nearly every branch: several substances, the full PHQ-9, two past programs, a preference that differs. */
const WIDE: Answers = {
  ...base,
  concern: 'co-occurring',
  substances: ['alcohol', 'opioids', 'benzodiazepines'],
  auditFrequency: '4',
  auditQuantity: '3',
  auditBinge: '3',
  seizureHistory: 'no',
  phq1: '2',
  phq2: '2',
  phq3: '2',
  phq4: '2',
  phq5: '1',
  phq6: '2',
  phq7: '1',
  phq8: '1',
  phq9: '0',
  prior: ['outpatient', 'intensive-outpatient'],
  'prior-outpatient': 'left-early',
  preference: 'outpatient',
  schedule: ['evening'],
  zip: '19104',
};

/** Axe in both languages: the page as it is, then switched to Spanish and back. */
async function axeBoth(page: Page, where: string): Promise<void> {
  await axe(page, `${where} (en)`);
  await page.getByRole('button', { name: 'Ver en español' }).click();
  await axe(page, `${where} (es)`);
  await page.getByRole('button', { name: 'View in English' }).click();
}

const noSideScroll = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

describe.skipIf(!HAVE_CHROMIUM)('accessibility in Chromium (axe, WCAG 2.2 AA)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no axe violations on every page and every step, in English and Spanish', async () => {
    const page = await newPage(app);
    await page.goto(app.url);
    await page.locator('main h1').waitFor();
    await axeBoth(page, 'home');
    await startAssessment(page, app.url);
    const seen: string[] = [];
    while ((await route(page)) === '#/check') {
      const title = (await page.locator('main h1').textContent()) ?? '';
      await answerStep(page, WIDE);
      // Every step in English once its branches are open; Spanish on the first two steps (same markup).
      if (seen.length < 2) await axeBoth(page, `step "${title}"`);
      else await axe(page, `step "${title}"`);
      seen.push(title);
      await nextStep(page);
    }
    expect(seen.length).toBe(9);
    await page.locator('.answer[data-level]').waitFor();
    expect(await page.locator('#compare-title').count()).toBe(1);
    await axeBoth(page, 'result with the side-by-side');
    await page.getByRole('button', { name: 'Find programs near you' }).click();
    await page.locator('main h1', { hasText: 'Find programs' }).waitFor();
    // The must-have filters start closed; open them so every box is checked too.
    await page.locator('details.filters summary').click();
    await axeBoth(page, 'program finder');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.program').first().waitFor();
    await axeBoth(page, 'program results');
    await page.getByLabel('ZIP code').fill(EMPTY_ZIP);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.empty').waitFor();
    await axe(page, 'no programs found');
    await page.goto(`${app.url}#/summary`);
    await page.locator('main h1', { hasText: 'Summary' }).waitFor();
    await axeBoth(page, 'summary');
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Continue where you left off' }).waitFor();
    await axe(page, 'home with saved answers');
    await page.goto(`${app.url}#/nowhere`);
    await axe(page, 'unknown page');
    await page.context().close();
  }, 170_000);

  it('has no axe violations on the crisis screen or a result that starts with a crisis', async () => {
    const page = await newPage(app);
    await startAssessment(page, app.url);
    await answerStep(page, { who: 'self' });
    await nextStep(page);
    await page.locator('main input[name="dangerNow"][value="overdose"]').click();
    await page.waitForFunction(() => window.location.hash === '#/crisis');
    await expect.poll(() => page.locator('main .crisis-message').textContent()).toContain('911');
    await axeBoth(page, 'crisis screen');
    await page.goto(`${app.url}#/result`);
    await page.locator('main .crisis').waitFor();
    await axeBoth(page, 'result with a crisis');
    await page.context().close();
  });

  it('can be done with the keyboard alone, with a visible focus ring on every stop', async () => {
    const page = await newPage(app, { width: 1024, height: 800 });
    await page.goto(app.url);
    await page.locator('main h1').waitFor();
    const answers = answersOf('06-risky-drinking-no-disorder');
    let stops = 0;
    const focusOk = async (): Promise<void> => {
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(f, 'something has focus').not.toBeNull();
      expect(f?.outline, `focus ring on ${f?.tag}`).not.toBe('none');
      expect(f?.width ?? 0).toBeGreaterThanOrEqual(2);
      stops++;
    };
    /** What to reach: a button by its words, a field by its name or id, or one option of a group. */
    interface Target {
      button?: string;
      name?: string;
      value?: string;
      id?: string;
    }
    /** Press Tab until the focused element matches; checks the focus ring at every stop. */
    const tabTo = async (target: Target): Promise<void> => {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        // Past the last control, focus leaves the page for a moment before wrapping to the top.
        if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) continue;
        await focusOk();
        const hit = await page.evaluate((t) => {
          const el = document.activeElement;
          if (t.button !== undefined) return el instanceof HTMLButtonElement && el.textContent.trim() === t.button;
          if (t.id !== undefined) return el?.id === t.id;
          return el instanceof HTMLInputElement && el.name === t.name && (t.value === undefined || el.value === t.value);
        }, target);
        if (hit) return;
      }
      throw new Error(`could not reach ${JSON.stringify(target)} with Tab`);
    };

    const answerByKeyboard = async (id: string, v: string | readonly string[]): Promise<void> => {
      const type = await page.locator(`main input[name="${id}"]`).first().getAttribute('type');
      if (type === 'text') {
        await tabTo({ name: id });
        await page.keyboard.type(String(v));
      } else if (type === 'checkbox') {
        for (const option of Array.isArray(v) ? v : [v]) {
          await tabTo({ name: id, value: option });
          await page.keyboard.press('Space');
        }
      } else {
        // A radio group is one Tab stop; arrow keys move through it (and choose), Space chooses the first.
        await tabTo({ name: id });
        for (let i = 0; i < 12 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== v; i++)
          await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
      }
    };

    await tabTo({ button: 'Start the questions' });
    await page.keyboard.press('Enter');
    while ((await route(page)) === '#/check') {
      // Answers open new questions (branching), so look again until nothing is left to answer.
      const done = new Set<string>();
      for (let pass = 0; pass < 4; pass++) {
        const ids = await page.$$eval('main fieldset.question, main .question input[type=text]', (els) =>
          els.map((e) => (e instanceof HTMLInputElement ? e.name : (e.querySelector('input')?.name ?? ''))),
        );
        const todo = ids.filter((id) => !done.has(id) && answers[id] !== undefined);
        if (todo.length === 0) break;
        for (const id of todo) {
          done.add(id);
          await answerByKeyboard(id, answers[id] ?? '');
        }
      }
      const last = (await page.locator('.step-actions button[type=submit]').textContent()) ?? '';
      const title = await page.locator('main h1').textContent();
      await tabTo({ button: last });
      await page.keyboard.press('Enter');
      await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t || window.location.hash !== '#/check', title);
    }
    expect(await route(page)).toBe('#/result');
    // Every answer given by keyboard is the one intended, and the engine decides as for the mouse run.
    const saved = await page.evaluate(
      () => JSON.parse(localStorage.getItem('carelevel.self-assessment.v1') ?? '{}') as { answers: unknown },
    );
    const given = saved.answers as Answers;
    for (const [id, v] of Object.entries(given)) expect(v, id).toEqual(answers[id]);
    expect(Object.keys(given).length).toBeGreaterThanOrEqual(35);
    expect(await page.locator('.answer[data-level]').getAttribute('data-level')).toBe('early-intervention');
    // From the result, on to the program finder and a search, still by keyboard.
    await tabTo({ button: 'Find programs near you' });
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Find programs' }).waitFor();
    // Focus is on the new heading as soon as it shows, so the next Tab starts from the top of the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo({ id: 'program-zip' });
    await page.keyboard.type('97201');
    await tabTo({ button: 'Search' });
    await page.keyboard.press('Enter');
    await page.locator('.program').first().waitFor();
    expect(stops).toBeGreaterThan(40);
    await page.context().close();
  });

  it('fits a 360-pixel-wide phone and 200% zoom without sideways scrolling', async () => {
    const answers = answersOf('09-homeless-severe-stimulant');
    // 200% browser zoom on a 1280×800 window lays out like a 640×400 CSS-pixel viewport at twice the density.
    for (const size of [
      { width: 360, height: 740, scale: 1 },
      { width: 640, height: 400, scale: 2 },
    ]) {
      const context = await app.browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
      const page = await context.newPage();
      await page.goto(app.url);
      await page.locator('main h1').waitFor();
      expect(await noSideScroll(page), `home at ${size.width}px`).toBe(true);
      await startAssessment(page, app.url);
      while ((await route(page)) === '#/check') {
        await answerStep(page, { ...answers, preference: 'outpatient' });
        expect(await noSideScroll(page), `step at ${size.width}px`).toBe(true);
        await nextStep(page);
      }
      await page.locator('.answer[data-level]').waitFor();
      expect(await noSideScroll(page), `result at ${size.width}px`).toBe(true);
      for (const hash of ['#/programs', '#/summary']) {
        await page.goto(`${app.url}${hash}`);
        await page.locator('main h1').waitFor();
        expect(await noSideScroll(page), `${hash} at ${size.width}px`).toBe(true);
        if (hash === '#/programs') {
          // Search is reachable without scrolling past every filter (they start closed, chosen ones listed).
          const top = await page.getByRole('button', { name: 'Search' }).evaluate((b) => b.getBoundingClientRect().top);
          expect(top, `Search at ${size.width}px`).toBeLessThan(size.height * 2);
          expect(await page.locator('#chosen-filters').textContent()).toContain('Must have:');
          // No control pokes past the page's margin (the level list once stuck out 15 px at 360 px:
          // not a sideways scroll, but the select's arrow sat on the screen's edge).
          await page.locator('#program-level').selectOption('residential-medical');
          const overflow = await page.evaluate(() => {
            const main = document.querySelector('main');
            if (main === null) return ['no main'];
            const right = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
            return [...main.querySelectorAll('input, select, button')]
              .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > right + 1)
              .map((e) => e.id || e.tagName);
          });
          expect(overflow, `controls past the margin at ${size.width}px`).toEqual([]);
        }
      }
      await context.close();
    }
  });
});
