import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedId } from './fixtures.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

/** Tab until `id` has focus, checking that every stop on the way shows a focus outline of at least 2 px. */
async function tabTo(page: Page, id: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.tabIndex < 0) return { id: el?.id ?? '', outline: 99 };
      const s = getComputedStyle(el);
      return { id: el.id, outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth) };
    });
    expect(here.outline, `focus outline on #${here.id}`).toBeGreaterThanOrEqual(2);
    if (here.id === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe.skipIf(!HAVE_CHROMIUM)('the clinician assessment by keyboard only', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('completes an assessment, its determination and signature with Tab, arrows, Space and Enter', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Kim', familyName: 'Keys' });
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/new`);
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();

    await tabTo(page, 'assess-ageYears');
    await page.keyboard.type('35');
    await tabTo(page, 'assess-primaryConcern');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#assess-primaryConcern').inputValue()).toBe('mental-health');
    // A yes/no group: Tab lands on the checked choice ("Not known"); an arrow wraps to "Yes".
    await tabTo(page, 'assess-withdrawal-monitoringAtHome-2');
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('assess-withdrawal-monitoringAtHome');
    expect(await page.locator('#assess-withdrawal-monitoringAtHome').isChecked()).toBe(true);

    // PHQ-9: open it, then each item: Tab into its row, an arrow picks 1 (Space would keep 0).
    await tabTo(page, 'assess-instruments-phq9-toggle');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 9; i++) {
      await tabTo(page, `assess-instruments-phq9-${i}`);
      if (i === 8) await page.keyboard.press('Space');
      else await page.keyboard.press('ArrowRight');
    }
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PHQ-9:' }).textContent()).toContain('Total 8 of 27: Mild');

    await tabTo(page, 'assess-save');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    await tabTo(page, 'determination-record');
    await page.keyboard.press('Enter');
    await page.getByTestId('determination').waitFor();
    await tabTo(page, 'assessment-sign');
    await page.keyboard.press('Enter');
    // Signing asks first; the question's answer takes focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-sign-confirm');
    await page.keyboard.press('Enter');
    await page.getByTestId('signed').waitFor();

    const list = await api.get<{ assessments: { signedAt: string | null; case: { instruments?: { phq9?: number[] } } }[] }>(
      `api/v1/people/${person.id}/assessments`,
    );
    expect(list.assessments[0]?.signedAt).not.toBeNull();
    expect(list.assessments[0]?.case.instruments?.phq9).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  }, 120_000);
});
