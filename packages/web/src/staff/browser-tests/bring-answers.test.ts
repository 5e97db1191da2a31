import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../assessment/saved-state.js';
import { VIGNETTE_ANSWERS } from '../../assessment/vignette-answers.js';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const answers = VIGNETTE_ANSWERS[0]?.answers ?? {};

describe.skipIf(!HAVE_CHROMIUM)("bring your answers: from the public summary to the clinician's interview, in Chromium", () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reads the code off the summary, fills the interview with it, and marks every filled answer until it is confirmed', async () => {
    // The person's phone: the self-assessment done, its summary open.
    const phone = await h.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
    await phone.addInitScript(
      ({ key, state }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, state);
      },
      { key: STORAGE_KEY, state: JSON.stringify({ answers, stepId: 'done', lang: 'en', chosen: [] }) },
    );
    const summary = await phone.newPage();
    await summary.goto(`${h.url}#/summary`);
    const code = ((await summary.locator('main [data-answer-code]').textContent()) ?? '').trim();
    expect(code).toMatch(/^CL1-/);
    await phone.close();

    // The clinician's workspace: a new person, a new assessment, the code typed as people type it.
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Rosa', familyName: 'Benítez-Ono' });
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/new`);
    await page.getByRole('heading', { name: 'Bring the person’s answers' }).waitFor();
    const box = page.getByLabel('Answer code');

    // A mistyped code is refused in plain words, beside the field.
    await box.fill(code.slice(0, -1) + (code.endsWith('0') ? '2' : '0'));
    await page.getByRole('button', { name: 'Fill the interview' }).click();
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#answer-code-code-error').textContent()).toContain('this code has a mistake in it');
    await expectNoAxeViolations(page, 'answer code with a mistake');

    await box.fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Fill the interview' }).click();
    await page.getByText(/^Filled \d+ answers from the person’s self-assessment/).waitFor();
    expect(await page.getByLabel('Age in years', { exact: true }).inputValue()).toBe('41');
    expect(await page.getByLabel('Coverage', { exact: true }).inputValue()).toBe('private');
    expect(await page.getByLabel('ZIP code', { exact: true }).inputValue()).toBe('97201');
    const marked = page.locator('.from-person');
    const count = await marked.count();
    expect(count).toBeGreaterThan(10);
    expect(await marked.first().textContent()).toContain('From the person’s self-assessment');
    await expectNoAxeViolations(page, 'interview filled from the answer code');
    // "Other" is another sex or another route, not "another substance"; the substance list keeps it.
    const sexes = await page.getByLabel('Sex (for AUDIT-C cut-offs)', { exact: true }).locator('option').allTextContents();
    expect(sexes).toContain('Other');
    expect(sexes.join()).not.toContain('substance');
    const routes = await page.getByLabel('Route', { exact: true }).first().locator('option').allTextContents();
    expect(routes).toContain('Other');
    expect(routes.join()).not.toContain('substance');
    expect(await page.getByLabel('Substance', { exact: true }).first().locator('option').allTextContents()).toContain('Another substance');

    // Confirming one answer, and changing another, each takes its mark away.
    await page.getByRole('button', { name: 'Confirm: Age in years' }).click();
    expect(await page.getByRole('button', { name: 'Confirm: Age in years' }).count()).toBe(0);
    await page.getByLabel('ZIP code', { exact: true }).fill('97202');
    expect(await page.getByRole('button', { name: 'Confirm: ZIP code' }).count()).toBe(0);
    await expect.poll(() => marked.count()).toBe(count - 2);
    await page.getByRole('button', { name: 'Confirm all marked answers' }).click();
    await expect.poll(() => marked.count()).toBe(0);

    // Saved, it is the clinician's assessment: the engine read the filled answers.
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.waitForURL(/#\/people\/[^/]+\/assessments\/[0-9a-f-]{36}$/);
    const saved = await api.get<{ assessments: { case: { ageYears?: number; practical?: { zip?: string } } }[] }>(
      `api/v1/people/${person.id}/assessments`,
    );
    expect(saved.assessments[0]?.case).toMatchObject({ ageYears: 41, practical: { zip: '97202' } });
  });
});
