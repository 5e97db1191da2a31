import type { Browser, Page } from 'playwright-core';
import { VIGNETTE_ANSWERS } from '../assessment/vignette-answers.js';
import { STORAGE_KEY } from '../assessment/saved-state.js';
import type { Answers, Lang } from '../questions/question-types.js';

/** The answers that tell a dev vignette's story (see vignette-answers.ts). */
export function answersOf(vignette: string): Answers {
  const found = VIGNETTE_ANSWERS.find((v) => v.vignette === vignette);
  if (!found) throw new Error(`no answers for ${vignette}`);
  return found.answers;
}

/** Press the step's main button and wait for the next step (or the page after the last). */
export async function nextStep(page: Page): Promise<void> {
  const title = await page.locator('main h1').textContent();
  await page.locator('.step-actions button[type=submit]').click();
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t || window.location.hash !== '#/check', title);
}

export type Stop = 'result' | 'crisis';

/** Answer every question on the current step that has an answer in `answers`, by clicking. */
export async function answerStep(page: Page, answers: Answers): Promise<void> {
  // Questions can appear as others are answered (branching), so keep going until nothing is left.
  for (let pass = 0; pass < 4; pass++) {
    let clicked = false;
    const fields = await page.$$eval('main fieldset.question, main .question input[type=text]', (els) =>
      els.map((e) => (e instanceof HTMLInputElement ? e.name : (e.querySelector('input')?.name ?? ''))),
    );
    for (const id of fields) {
      const v = answers[id];
      if (v === undefined) continue;
      const text = page.locator(`main input[type=text][name="${id}"]`);
      if ((await text.count()) > 0) {
        if ((await text.inputValue()) !== v) {
          await text.fill(String(v));
          clicked = true;
        }
        continue;
      }
      for (const option of Array.isArray(v) ? v : [v]) {
        const input = page.locator(`main input[name="${id}"][value="${option}"]`);
        if (!(await input.isChecked())) {
          // A danger answer moves to the crisis screen at once; the step is left there.
          await input.click();
          // The engine decides on the device whether this answer shows danger; wait for its word.
          await page.waitForFunction(() => document.documentElement.dataset.safetyPending === undefined);
          if ((await route(page)) === '#/crisis') return;
          clicked = true;
        }
      }
    }
    if (!clicked) return;
  }
}

export const route = (page: Page): Promise<string> => page.evaluate(() => window.location.hash);

/**
 * Walk the self-assessment from its first step, answering as given, until the result or the crisis
 * screen. Returns where it stopped and how many steps were seen.
 */
export async function walk(
  page: Page,
  answers: Answers,
  options: { throughCrisis?: boolean } = {},
): Promise<{ stop: Stop; steps: string[] }> {
  const steps: string[] = [];
  for (let n = 0; n < 30; n++) {
    const hash = await route(page);
    if (hash === '#/result') {
      await page.locator('.answer[data-level]').waitFor();
      return { stop: 'result', steps };
    }
    if (hash === '#/crisis') {
      if (!options.throughCrisis) return { stop: 'crisis', steps };
      await page.getByRole('button', { name: /There is no danger now|No hay peligro ahora/ }).click();
      continue;
    }
    const title = (await page.locator('main h1').textContent()) ?? '';
    steps.push(title);
    await answerStep(page, answers);
    if ((await route(page)) === '#/crisis') continue;
    await page.locator('.step-actions button[type=submit]').click();
    await page.waitForFunction(
      (prev) => document.querySelector('main h1')?.textContent !== prev || window.location.hash !== '#/check',
      title,
    );
  }
  throw new Error(`the assessment did not end; steps seen: ${steps.join(' > ')}`);
}

/** Open the app and start a new assessment from the home page, as a person would. */
export async function startAssessment(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Start the questions|Empezar las preguntas/ }).click();
  await page.locator('main input[name="who"]').first().waitFor();
}

/**
 * A fresh phone (360 px wide) in one language whose device already holds these answers, opened at
 * a page: what someone sees when they come back to the result, the finder or the summary.
 */
export async function openWithAnswers(
  app: { browser: Browser; url: string },
  lang: Lang,
  answers: Answers,
  at: '#/result' | '#/programs' | '#/summary' | '#/check',
): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang === 'es' ? 'es-MX' : 'en-US' });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(
    ({ key, state }) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, state);
    },
    { key: STORAGE_KEY, state: JSON.stringify({ answers, stepId: at === '#/check' ? null : 'done', lang, chosen: [] }) },
  );
  const page = await context.newPage();
  await page.goto(app.url + at);
  return page;
}
