import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAnswers } from '../assessment/answer-code.js';
import { UI } from '../i18n/i18n.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { expectNoAxeViolations, noSideScroll } from './axe.js';
import { HAVE_CHROMIUM, startApp, type App } from './browser.js';
import { answerStep, nextStep, openWithAnswers } from './drive.js';

/** A woman with depression and thoughts of suicide without a plan; no alcohol or drugs. */
const MOOD_ONLY: Answers = {
  who: 'she',
  age: '34',
  concern: 'mental-health',
  suicide: 'thoughts',
  attempt: 'no',
  lethalMeans: 'no',
  harmOthers: 'no',
  dangerNow: ['none'],
  physical: 'stable',
  phq1: '2',
  phq2: '3',
  phq3: '2',
  phq4: '2',
  phq5: '1',
  phq6: '2',
  phq7: '1',
  phq8: '0',
  phq9: '1',
  psychosis: 'none',
  functioning: 'mild-impairment',
  stage: 'action',
  importance: '8',
  engagement: 'engaged',
  copingMood: 'limited',
  prior: ['none'],
  housing: 'stable',
  unsafe: 'no',
  support: 'strong',
  transport: 'yes',
  legal: 'no',
  obligations: ['work-full-time'],
  canPause: 'no',
  coverage: 'private',
  preference: 'outpatient',
  zip: '97201',
};

const LANGS: readonly Lang[] = ['en', 'es'];

describe.skipIf(!HAVE_CHROMIUM)('public pages that fit the person, in English and Spanish at 360 px', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const lang of LANGS) {
    const t = UI[lang];

    it(`[${lang}] asks every question about "her" by name, with no word that agrees with one gender only`, async () => {
      const page = await openWithAnswers(app, lang, { who: 'she', age: '17', concern: 'co-occurring' }, '#/check');
      await page.locator('main input[name="who"]').first().waitFor();
      await nextStep(page);
      await answerStep(page, { suicide: 'none', harmOthers: 'no', dangerNow: ['none'] });
      await nextStep(page);
      const use = (await page.locator('main').textContent()) ?? '';
      expect(use).toContain(lang === 'es' ? '¿Qué consume ella?' : 'What does she');
      if (lang === 'es') {
        expect(use).not.toMatch(/\/a\b|tembloros|listo|lista\b|antojo|sin receta/);
        expect(use).toContain('no toma como se las recetaron');
      }
      expect(await noSideScroll(page)).toBe(true);
      await expectNoAxeViolations(page, `${lang} questions about her`);
      await page.context().close();
    });

    it(`[${lang}] asks a man no pregnancy question, and lets anyone say it does not apply`, async () => {
      const health = async (who: string): Promise<{ asked: boolean; notApplicable: number }> => {
        const page = await openWithAnswers(
          app,
          lang,
          { who, age: '52', concern: 'substance-use', suicide: 'none', harmOthers: 'no', dangerNow: ['none'], substances: ['none'] },
          '#/check',
        );
        await page.locator('main input[name="who"]').first().waitFor();
        for (let i = 0; i < 6 && (await page.locator('main input[name="physical"]').count()) === 0; i++) await nextStep(page);
        const asked = (await page.locator('main input[name="pregnant"]').count()) > 0;
        const notApplicable = await page.locator('main input[name="pregnant"][value="not-applicable"]').count();
        if (asked) await expectNoAxeViolations(page, `${lang} health step with the pregnancy question`);
        await page.context().close();
        return { asked, notApplicable };
      };
      expect((await health('he')).asked).toBe(false);
      expect(await health('self')).toEqual({ asked: true, notApplicable: 1 });
    });

    it(`[${lang}] puts 911 first when the danger is to the body, and 988 first for thoughts of suicide`, async () => {
      const first = async (before: Answers, id: string, value: string): Promise<string | null> => {
        // The danger is answered on the page: answers kept from before were already seen and open nothing.
        const page = await openWithAnswers(app, lang, { who: 'he', age: '52', concern: 'substance-use', ...before }, '#/check');
        await page.locator('main input[name="who"]').first().waitFor();
        await nextStep(page);
        await page.locator(`main input[name="${id}"][value="${value}"]`).click();
        await page.waitForFunction(() => window.location.hash === '#/crisis');
        await page.locator('main .crisis-message p').first().waitFor();
        const href = await page.locator('main .call-list a').first().getAttribute('href');
        const message = (await page.locator('main .crisis-message').textContent()) ?? '';
        if (lang === 'es') expect(message).not.toMatch(/dejarlo solo|No deje de/);
        else expect(message).not.toContain('on your own');
        await expectNoAxeViolations(page, `${lang} crisis screen`);
        await page.context().close();
        return href;
      };
      expect(await first({ suicide: 'none', harmOthers: 'no' }, 'dangerNow', 'severeWithdrawal')).toBe('tel:911');
      expect(await first({}, 'suicide', 'plan')).toBe('tel:988');
    });

    it(`[${lang}] shows thoughts of suicide without a plan first, with 988, and nothing about withdrawal or scores to someone who uses nothing`, async () => {
      const page = await openWithAnswers(app, lang, MOOD_ONLY, '#/result');
      await page.locator('main .answer[data-level]').waitFor();
      const first = await page.evaluate(() => document.querySelector('main section.urgent, main .answer')?.className);
      expect(first).toBe('urgent');
      expect(await page.locator('main section.urgent a[href="tel:988"]').count()).toBe(1);
      expect(await page.locator('main section.urgent a[href="sms:988"]').count()).toBe(1);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(lang === 'es' ? /abstinencia|desintoxicación|PHQ-9|GAD-7/i : /withdrawal|PHQ-9|GAD-7/i);
      expect(text).not.toMatch(lang === 'es' ? /el consumo, las ganas/ : /If use, cravings/);
      // The program questions speak about her, not about the person reading.
      expect(text).toContain(lang === 'es' ? '¿Tienen lugar para ella ahora?' : 'Do you have a place for her now?');
      expect(await noSideScroll(page)).toBe(true);
      await expectNoAxeViolations(page, `${lang} result for mood only`);
      await page.context().close();
    });

    it(`[${lang}] dates the summary as people write dates, puts no "programs I chose" heading over an empty list, and gives the answer code to bring`, async () => {
      const page = await openWithAnswers(app, lang, MOOD_ONLY, '#/summary');
      await page.locator('main h1').filter({ hasText: t.summary.title }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toMatch(lang === 'es' ? /\d{1,2} de \p{L}+ de \d{4}/u : /\p{L}+ \d{1,2}, \d{4}/u);
      expect(text).toContain(t.summary.noPrograms);
      expect(await page.locator('main h2', { hasText: t.summary.programs }).count()).toBe(0);
      // The answer code to bring to intake: made on the device, and it reads back as the answers.
      const code = (await page.locator('main [data-answer-code]').textContent()) ?? '';
      const read = decodeAnswers(code);
      expect(read.ok && read.answers['concern']).toBe('mental-health');
      expect(read.ok && read.answers['phq2']).toBe('3');
      expect(await page.locator('main .answer-code svg path').getAttribute('d')).toMatch(/^M\d/);
      await expectNoAxeViolations(page, `${lang} summary with no programs`);
      await page.context().close();
    });
  }
});
