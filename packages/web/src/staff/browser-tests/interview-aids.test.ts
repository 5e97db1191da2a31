import { devCase } from '@carelevel/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../local-date.js';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { ageOn } from '../assessment/age-on.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)(
  'the interview helps without deciding: dates as typed, age from birth, the reading in view, carried answers marked',
  () => {
    let h: StaffHarness;
    beforeAll(async () => {
      h = await startStaffHarness();
    });
    afterAll(async () => {
      await h?.close();
    });

    it('reads a birth date as it is typed, says which day it read, and stores that day', async () => {
      const page = await h.newPage();
      await h.signIn(page, 'clinician');
      await page.goto(`${h.staffUrl}#/people/new`);
      await page.getByLabel('Given name').fill('Marisol');
      await page.getByLabel('Family name').fill('Typed-Date');
      const birth = page.getByLabel('Birth date');
      await birth.fill('27 de marzo de 84');
      await expect.poll(() => page.locator('.date-read').textContent()).toBe('Read as March 27, 1984.');
      await birth.fill('3/27/1984');
      await expect.poll(() => page.locator('.date-read').textContent()).toBe('Read as March 27, 1984.');
      await birth.fill('someday');
      await expect.poll(() => page.locator('.date-read').textContent()).toContain('not a date we can read');
      await expectNoAxeViolations(page, 'a birth date that cannot be read');
      await birth.fill('3/27/1984');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.waitForURL(/#\/people\/[0-9a-f-]{36}$/);
      const id = /people\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
      const api = await h.apiAs('clinician');
      expect((await api.get<{ birthDate: string }>(`api/v1/people/${id}`)).birthDate).toBe('1984-03-27');
    });

    it('fills the age from the birth date on record, and keeps the reading in view as answers change it', async () => {
      const api = await h.apiAs('clinician');
      const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Ana', familyName: 'Aged', birthDate: '1990-06-15' });
      const page = await h.newPage();
      await h.signIn(page, 'clinician');
      await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/new`);
      const age = page.getByLabel('Age in years', { exact: true });
      await expect.poll(() => age.inputValue()).toBe(String(ageOn('1990-06-15', localToday())));
      expect(await page.getByText(/Worked out from the birth date on record/).count()).toBe(1);

      // The interview's day moves the age with it until the clinician types one.
      await page.getByLabel('Date of this assessment', { exact: true }).fill('6/14/2026');
      await expect.poll(() => age.inputValue()).toBe('35');
      await page.getByLabel('Date of this assessment', { exact: true }).fill('6/15/2026');
      await expect.poll(() => age.inputValue()).toBe('36');

      // The language for care is chosen by its name from a list, and stored as its tag.
      const language = page.getByLabel('Language for care', { exact: true });
      expect(await language.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Spanish', 'Vietnamese']));
      await language.selectOption({ label: 'Spanish' });
      expect(await language.inputValue()).toBe('es');

      const bar = page.getByTestId('summary-bar-reading');
      await expect.poll(() => bar.textContent()).toMatch(/Indicated level: .+Withdrawal management: /);
      const first = await bar.locator('[data-level]').getAttribute('data-level');
      await page.getByLabel('Suicide risk (your assessment)', { exact: true }).selectOption('high');
      await expect.poll(() => bar.locator('[data-level]').getAttribute('data-level')).not.toBe(first);
      // Scrolled far down, the reading is still on screen.
      await page.getByRole('button', { name: 'Save assessment' }).scrollIntoViewIfNeeded();
      const box = await page.locator('.interview-summary').boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(box?.y ?? 1e9).toBeLessThan(10);
      await expectNoAxeViolations(page, 'interview with the reading bar');
    });

    it('marks every answer carried forward at a reassessment until it is confirmed or changed', async () => {
      const api = await h.apiAs('clinician');
      const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Cal', familyName: 'Carried' });
      const before = await api.post<{ id: string }>(`api/v1/people/${person.id}/assessments`, { case: devCase() });
      const page = await h.newPage({ width: 360, height: 740 });
      await h.signIn(page, 'clinician');
      await page.goto(`${h.staffUrl}#/people/${person.id}/reassess/${before.id}`);
      await page.getByRole('heading', { name: 'Reassessment' }).waitFor();
      const marks = page.locator('.from-person[data-source="last-assessment"]');
      const count = await marks.count();
      expect(count).toBeGreaterThan(5);
      expect(await marks.first().textContent()).toContain('Carried forward from the last assessment');
      expect(await page.locator('.summary-marks').textContent()).toContain(`${count} answers are still marked.`);
      expect(await noSideScroll(page)).toBe(true);
      await expectNoAxeViolations(page, 'reassessment with carried-forward answers');

      await page.getByRole('button', { name: 'Confirm: Age in years' }).click();
      await expect.poll(() => marks.count()).toBe(count - 1);
      await page.getByLabel('ZIP code', { exact: true }).fill('97202');
      await expect.poll(() => marks.count()).toBe(count - 2);
      await page.getByRole('button', { name: 'Confirm all marked answers' }).click();
      await expect.poll(() => marks.count()).toBe(0);
      expect(await page.locator('.summary-marks').count()).toBe(0);
    });
  },
);
