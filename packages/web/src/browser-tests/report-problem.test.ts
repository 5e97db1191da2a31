import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI } from '../i18n/i18n.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { expectNoAxeViolations, noSideScroll } from './axe.js';
import { HAVE_CHROMIUM, startApp, type App } from './browser.js';
import { openWithAnswers } from './drive.js';

const LANGS: readonly Lang[] = ['en', 'es'];
const SOMEONE: Answers = { who: 'self', age: '34', concern: 'mental-health', suicide: 'none', zip: '97201', coverage: 'private' };

describe.skipIf(!HAVE_CHROMIUM)('reporting a problem with a listing in the public finder, at 360 px', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of LANGS) {
    const w = UI[lang].report;
    it(`[${lang}] asks what is wrong, sends only the problem and the note, and says thank you`, async () => {
      const page = await openWithAnswers(app, lang, SOMEONE, '#/programs');
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('button', { name: UI[lang].programs.search, exact: true }).click();
      const card = page.locator('.program', { hasText: 'Bridge Dual Care' });
      await card.waitFor();
      // Who confirmed each listing and when, and plainly when that was over a year ago.
      const p = UI[lang].programs;
      expect(await card.locator('.warning').textContent()).toBe(p.stale);
      expect(await card.locator('.hint').first().textContent()).toBe(
        p.fromList.replace('{date}', lang === 'en' ? 'June 2025' : 'junio de 2025'),
      );
      const hillside = page.locator('.program', { hasText: 'Hillside Counseling' });
      const confirmed = (await hillside.locator('.hint').first().textContent()) ?? '';
      expect(confirmed.startsWith(p.confirmedByProgram.split('{date}')[0] ?? '-')).toBe(true);
      expect(confirmed).toContain('2026');
      expect(await hillside.locator('.warning').count()).toBe(0);
      await card.locator('.report-problem summary').click();
      await expectNoAxeViolations(page, `${lang} report form open`);
      expect(await noSideScroll(page)).toBe(true);

      // Sending without a choice says what to do, and sends nothing.
      const before = app.api.reports.length;
      await card.getByRole('button', { name: w.send }).click();
      await card.getByRole('alert').filter({ hasText: w.chooseFirst }).waitFor();
      expect(app.api.reports.length).toBe(before);
      await expectNoAxeViolations(page, `${lang} report form, nothing chosen`);

      await card.getByLabel(w.problems['wrong-phone']).check();
      await card.getByLabel(w.note).fill('  Rings a pharmacy.  ');
      await card.getByRole('button', { name: w.send }).click();
      await card.getByRole('status').filter({ hasText: w.thanks }).waitFor();
      expect(app.api.reports.at(-1)).toEqual({ programId: 'p2', body: { problem: 'wrong-phone', note: 'Rings a pharmacy.' } });
      await expectNoAxeViolations(page, `${lang} report sent`);
      expect(await noSideScroll(page)).toBe(true);
      await page.context().close();
    });
  }
});
