import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, PASSWORD, startStaffHarness, type StaffHarness } from './staff-harness.js';
import { totpCode } from './totp-code.js';

describe.skipIf(!HAVE_CHROMIUM)('second factor in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('an admin requires it, enrols from the QR code, keeps recovery codes, then signs in with a code and with a recovery code', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Require an authenticator app for administrators and clinicians').check();
    await page.getByRole('button', { name: 'Save settings' }).click();

    // The setting applies to the admin who saved it: only enrolment is open now.
    await page.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(page, 'second-factor enrolment');
    const secret = (await page.locator('.totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByLabel('Code from the app').getAttribute('aria-invalid')).toBe('true');
    const enrolledAt = Date.now();
    await page.getByLabel('Code from the app').fill(totpCode(secret, enrolledAt));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const codes = (await page.locator('.recovery-codes code').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page, 'recovery codes');
    await page.getByRole('button', { name: 'I have kept my recovery codes' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    // Sign out; the password alone is not enough now.
    await page.getByRole('button', { name: 'Sign out' }).click();
    // Let the sign-in page settle (the session and setup checks answer) before typing into it, so a
    // slow machine never types into a form that is about to be drawn again.
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Email').fill('admin@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Code', { exact: true });
    await code.waitFor();
    await expectNoAxeViolations(page, 'sign-in asking for the code');
    // The code that confirmed enrolment is spent. The next period's is accepted while we are still in
    // the enrolment's period (one step of drift allowed); on a slow machine, once that period has
    // passed, the current one's is the unspent code.
    await code.fill(totpCode(secret, Math.max(Date.now(), enrolledAt + 30_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill('admin@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code', { exact: true }).fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const used = await h.database.db.selectFrom('recovery_codes').select('used_at').where('used_at', 'is not', null).execute();
    expect(used).toHaveLength(1);
    // The tightened Content-Security-Policy (no inline styles, nothing from elsewhere) fits every page
    // seen, the QR code's data: image included; the public pages too.
    await page.goto(h.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(h.cspViolations()).toEqual([]);
  });

  it('keeps a clinician without one on the enrolment page, and the server refuses their records', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('api/v1/people', { credentials: 'same-origin' })).status);
    expect(status).toBe(403);
    // Navigators are not in the setting's roles.
    const navigator = await h.newPage();
    await h.signIn(navigator, 'navigator');
    await navigator.getByRole('heading', { name: 'People' }).waitFor();
  });
});
