import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('staff shell in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks for sign-in, shows a wrong password next to the field, and has no axe violations', async () => {
    const page = await h.newPage();
    await page.goto(h.staffUrl);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Sign in — carelevel staff');
    await expectNoAxeViolations(page, 'sign-in');
    await page.getByLabel('Email').fill('clinician@example.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const password = page.getByLabel('Password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    // The error is tied to the field and the field has focus.
    const described = (await password.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${described.split(' ').pop()}`).textContent()).toContain('The email or password is not right');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await password.getAttribute('id'));
    await expectNoAxeViolations(page, 'sign-in with an error');
  });

  it('shows each role its own menu, and signing out returns to sign-in', async () => {
    const menu = async (role: 'admin' | 'clinician' | 'navigator' | 'program-staff'): Promise<string[]> => {
      const page = await h.newPage();
      await h.signIn(page, role);
      const items = await page.getByRole('navigation', { name: 'Main' }).getByRole('listitem').allTextContents();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.context().close();
      return items;
    };
    expect(await menu('clinician')).toContain('People');
    expect(await menu('navigator')).toContain('People');
    expect(await menu('program-staff')).not.toContain('People');
  });

  it('keeps the signed-in layout inside 360 px with no axe violations, with a skip link first', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'clinician');
    await page.getByRole('heading', { name: 'People' }).waitFor();
    expect(await page.title()).toBe('People — carelevel staff');
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'people list at 360 px');
    // After a route change the heading has focus (announced); on a fresh load the skip link comes first.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('returns to sign-in when the session ends mid-work, says why, and comes back to the same page', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.context().clearCookies();
    await page.getByLabel('Search by name').fill('anyone');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'session ended' }).count()).toBe(1);
    await h.signIn(page, 'navigator');
    await page.getByRole('heading', { name: 'People' }).waitFor();
    expect(page.url()).toContain('#/people');
  });

  it('tells program staff a page is not for their role, and names their program in the header', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'program-staff');
    await expect.poll(() => page.locator('.signed-in-as').textContent()).toContain(h.programName);
    await page.goto(`${h.staffUrl}#/people`);
    await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
    await expectNoAxeViolations(page, 'role refusal');
    await page.goto(`${h.staffUrl}#/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found — carelevel staff');
    await expectNoAxeViolations(page, 'not found');
  });
});
