import { devVignette } from '@carelevel/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTE_ANSWERS } from '../assessment/vignette-answers.js';
import { HAVE_CHROMIUM, newPage, startApp, type App } from './browser.js';
import { startAssessment, walk } from './drive.js';

const expectedFor = (vignette: string): { level: string; acceptable: string[]; crisis: string | null } => devVignette(vignette).expected;

describe.skipIf(!HAVE_CHROMIUM)('complete self-assessments in Chromium end on the vignette level', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const { vignette, answers } of VIGNETTE_ANSWERS) {
    it(vignette, async () => {
      const expected = expectedFor(vignette);
      const page = await newPage(app);
      await startAssessment(page, app.url);
      const { stop, steps } = await walk(page, answers, { throughCrisis: true });
      expect(stop).toBe('result');
      expect(steps.length).toBeGreaterThanOrEqual(7);
      const level = await page.locator('.answer[data-level]').getAttribute('data-level');
      expect(expected.acceptable).toContain(level);
      // A crisis in the vignette is shown first on the result page too.
      expect(await page.locator('main .crisis').count()).toBe(expected.crisis === null ? 0 : 1);
      await page.context().close();
    });
  }
});
