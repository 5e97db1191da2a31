import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI } from '../i18n/i18n.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { expectNoAxeViolations, noSideScroll } from './axe.js';
import { HAVE_CHROMIUM, startApp, type App } from './browser.js';
import { answersOf, openWithAnswers } from './drive.js';
import { EMPTY_ZIP, FAR_ZIP } from './fixture-api.js';

const LANGS: readonly Lang[] = ['en', 'es'];
const MOOD_ONLY: Answers = { who: 'self', age: '34', concern: 'mental-health', suicide: 'none', zip: '97201', coverage: 'private' };
const TEEN: Answers = { ...answersOf('05-adolescent-cannabis-supportive-family'), zip: '97201' };

describe.skipIf(!HAVE_CHROMIUM)('the program finder fits the result, in English and Spanish at 360 px', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const lastQuery = (): URL => {
    const q = app.api.queries.at(-1);
    if (!q) throw new Error('no search was sent');
    return q;
  };

  for (const lang of LANGS) {
    const p = UI[lang].programs;

    it(`[${lang}] searches mental-health programs for a mental-health worry, and sets any other kind apart, never addable`, async () => {
      const page = await openWithAnswers(app, lang, MOOD_ONLY, '#/programs');
      expect(await page.locator('#program-scope').inputValue()).toBe('mental-health');
      expect(await page.locator('#chosen-filters').textContent()).toContain(p.scopeNames['mental-health']);
      await page.getByRole('button', { name: p.search, exact: true }).click();
      await expect.poll(() => page.locator('.program').count()).toBe(2);
      expect(lastQuery().searchParams.get('scope')).toBe('mental-health');
      const names = await page.locator('ol.program-list .program h2').allTextContents();
      expect(names).not.toContain('Riverside Recovery Center');
      // Hours the program gave, in plain words in the reader's language; nothing when a listing has none.
      const hillside = page.locator('.program[data-program="p3"]');
      expect(await hillside.getByRole('heading', { name: p.hours, level: 3 }).count()).toBe(1);
      const hours = lang === 'en' ? /^Monday to Friday: 9:00\sAM to 5:00\sPM$/ : /^Lunes a viernes: de 9:00\sa\.\s?m\. a 5:00\sp\.\s?m\.$/;
      expect((await hillside.locator('li').allTextContents()).filter((t) => hours.test(t))).toHaveLength(1);
      expect(await page.locator('.program[data-program="p2"]').getByRole('heading', { name: p.hours }).count()).toBe(0);
      await expectNoAxeViolations(page, `${lang} finder, mental health`);
      // Widened to any kind, the substance-use-only program shows apart, with no way to add it as a fit.
      await page.locator('#program-scope').selectOption('any');
      await page.getByRole('button', { name: p.search, exact: true }).click();
      await page.locator('.other-kind .program').first().waitFor();
      expect(lastQuery().searchParams.has('scope')).toBe(false);
      const apart = page.locator('.other-kind .program');
      expect(await apart.locator('h2').allTextContents()).toEqual(['Riverside Recovery Center']);
      expect(await apart.locator('input[type=checkbox]').count()).toBe(0);
      expect(await page.locator('ol.program-list > .program h2').allTextContents()).not.toContain('Riverside Recovery Center');
      expect(await noSideScroll(page)).toBe(true);
      await expectNoAxeViolations(page, `${lang} finder with programs set apart`);
      await page.context().close();
    });

    it(`[${lang}] pre-sets programs for adolescents for someone under 18`, async () => {
      const page = await openWithAnswers(app, lang, TEEN, '#/programs');
      await page.getByRole('button', { name: p.search, exact: true }).click();
      await page.locator('.program').first().waitFor();
      expect(lastQuery().searchParams.get('populations')).toBe('adolescents');
      await page.locator('details.filters summary').click();
      expect(await page.locator('input[name="populations"][value="adolescents"]').isChecked()).toBe(true);
      await page.context().close();
    });

    it(`[${lang}] offers ways out of an empty result as buttons that work: a must-have first, then a wider distance`, async () => {
      const page = await openWithAnswers(app, lang, { ...MOOD_ONLY, zip: EMPTY_ZIP }, '#/programs');
      await page.getByRole('button', { name: p.search, exact: true }).click();
      await page.locator('.empty').waitFor();
      expect(lastQuery().searchParams.get('payments')).toBe('private');
      const buttons = await page.locator('.empty button').allTextContents();
      expect(buttons).toHaveLength(2);
      expect(buttons[0]).toContain(p.payments);
      expect(buttons[1]).toBe(p.widen.replace('{n}', '50'));
      await expectNoAxeViolations(page, `${lang} empty result`);
      // Removing the must-have does what it says: the same search without it.
      const sent = app.api.queries.length;
      await page.locator('.empty button').first().click();
      await expect.poll(() => app.api.queries.length).toBe(sent + 1);
      expect(lastQuery().searchParams.has('payments')).toBe(false);
      expect(await page.locator('#chosen-filters').textContent()).not.toContain(UI[lang].programs.payments);
      // Still nothing within 25 miles; the wider distance is the one way left, and it finds programs.
      await expect.poll(() => page.locator('.empty button').allTextContents()).toEqual([p.widen.replace('{n}', '50')]);
      await page.locator('.empty button').click();
      await page.locator('.program').first().waitFor();
      expect(lastQuery().searchParams.get('radiusMiles')).toBe('50');
      expect(await page.locator('#program-radius').inputValue()).toBe('50');
      await page.context().close();
    });

    it(`[${lang}] says how far the nearest program is when it is beyond any distance the form offers, and offers no such distance`, async () => {
      const page = await openWithAnswers(app, lang, { ...MOOD_ONLY, zip: FAR_ZIP }, '#/programs');
      await page.getByRole('button', { name: p.search, exact: true }).click();
      await page.locator('.empty').waitFor();
      const empty = (await page.locator('.empty').textContent()) ?? '';
      expect(empty).toContain('660');
      expect(await page.locator('.empty button').count()).toBe(0);
      const radii = await page.locator('#program-radius option').evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
      expect(Math.max(...radii)).toBe(100);
      await page.context().close();
    });

    it(`[${lang}] tells how old a report is as something to know, not as a reason it does not fit, and leads back to the result and summary`, async () => {
      const page = await openWithAnswers(app, lang, { ...answersOf('01-iop-stable-home-working') }, '#/programs');
      await page.getByRole('button', { name: p.search, exact: true }).click();
      const bridge = page.locator('.program', { hasText: 'Bridge Dual Care' });
      await bridge.waitFor();
      const notes = bridge.locator('h3', { hasText: p.notes });
      expect(await notes.count()).toBe(1);
      const noteText = (await bridge.locator('h3:has-text("' + p.notes + '") + ul').textContent()) ?? '';
      expect(noteText).toContain('56');
      const misfits = (await bridge.locator('h3:has-text("' + p.misfits + '") + ul').textContent()) ?? '';
      expect(misfits).not.toContain('56');
      await page.getByRole('button', { name: p.toSummary }).click();
      await page.locator('main h1', { hasText: UI[lang].summary.title }).waitFor();
      await page.goBack();
      await page.getByRole('button', { name: p.backToResult }).click();
      await page.locator('main .answer[data-level]').waitFor();
      await page.context().close();
    });
  }
});
