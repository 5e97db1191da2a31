import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, PASSWORD, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('staff accounts in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets an admin add program staff bound to a program found by place, with server errors beside the fields', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Staff accounts' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'clinician@example.test' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'accounts');

    await page.getByLabel('Email').fill('intake.lead@example.test');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Role').selectOption('program-staff');
    await page.getByRole('button', { name: 'Add account' }).click();
    // The server's rules, each beside its field: the password length, and no program chosen.
    const password = page.getByLabel('Password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-error').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('at least 12 characters'), expect.stringContaining('at least one program')]),
    );
    await expectNoAxeViolations(page, 'accounts with errors');

    const program = await h.database.db
      .selectFrom('directory_programs')
      .select(['zip', 'name'])
      .where('id', '=', h.programId)
      .executeTakeFirstOrThrow();
    await page.getByLabel('Find their program near').fill(program.zip);
    await page.getByRole('button', { name: 'Find programs' }).click();
    await page.getByRole('checkbox', { name: new RegExp(program.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('status').filter({ hasText: 'Added intake.lead@example.test as program staff' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'intake.lead@example.test' }).count()).toBe(1);
    const stored = await h.database.db
      .selectFrom('users')
      .select('programs')
      .where('email', '=', 'intake.lead@example.test')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.programs)).toEqual([h.programId]);
    // The table names the program, never its id.
    const row = page.getByRole('row').filter({ hasText: 'intake.lead@example.test' });
    await expect.poll(() => row.textContent()).toContain(program.name);
    expect(await row.textContent()).not.toContain(h.programId);
    const phone = await h.newPage({ width: 360 });
    await h.signIn(phone, 'admin');
    await phone.goto(`${h.staffUrl}#/users`);
    await phone.getByRole('heading', { name: 'Staff accounts' }).waitFor();
    expect(await noSideScroll(phone)).toBe(true);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('ending access in Chromium', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('an admin disables a navigator who is working: their next request returns them to sign-in; enabling lets them back', async () => {
    const working = await h.newPage();
    await h.signIn(working, 'navigator');
    await working.getByRole('heading', { name: 'People' }).waitFor();

    const admin = await h.newPage();
    await h.signIn(admin, 'admin');
    await admin.goto(`${h.staffUrl}#/users`);
    await admin.getByRole('link', { name: 'Manage navigator@example.test' }).click();
    await admin.getByRole('heading', { name: 'Account: navigator@example.test' }).waitFor();
    await expect.poll(() => admin.getByRole('region', { name: 'Sessions' }).getByRole('row').count()).toBe(2);
    await expectNoAxeViolations(admin, 'manage an account');
    await admin.getByRole('button', { name: 'Disable account' }).click();
    await admin.getByRole('status').filter({ hasText: 'The account is disabled' }).waitFor();
    await admin.getByRole('button', { name: 'Enable account' }).waitFor();

    await working.reload();
    await working.getByRole('heading', { name: 'Sign in' }).waitFor();
    await working.getByLabel('Email').fill('navigator@example.test');
    await working.getByLabel('Password').fill(PASSWORD);
    await working.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => working.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');

    await admin.getByRole('button', { name: 'Enable account' }).click();
    await admin.getByRole('button', { name: 'Disable account' }).waitFor();
    await h.signIn(working, 'navigator');
    await working.getByRole('heading', { name: 'People' }).waitFor();
  });

  it('shows a person where they are signed in, and signs them out everywhere', async () => {
    const phone = await h.newPage({ width: 360 });
    await h.signIn(phone, 'clinician');
    const desk = await h.newPage();
    await h.signIn(desk, 'clinician');
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
    await desk.getByRole('heading', { name: 'Your account' }).waitFor();
    await expect.poll(() => desk.getByRole('cell', { name: /This browser/ }).count()).toBe(1);
    await expect.poll(() => desk.getByRole('region', { name: 'Where you are signed in' }).getByRole('row').count()).toBe(3);
    await expectNoAxeViolations(desk, 'your account');
    await desk.getByRole('button', { name: 'Sign out everywhere' }).click();
    await desk.getByRole('heading', { name: 'Sign in' }).waitFor();
    await phone.reload();
    await phone.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});

describe.skipIf(!HAVE_CHROMIUM)('first run in Chromium: no administrator yet', () => {
  let fresh: StaffHarness;
  beforeAll(async () => {
    fresh = await startStaffHarness({ users: false });
  });
  afterAll(async () => {
    await fresh?.close();
  });

  it('offers to create the administrator on the sign-in page, then signs in as them', async () => {
    const page = await fresh.newPage();
    await page.goto(fresh.staffUrl);
    const setup = page.getByRole('region', { name: 'First run: create the administrator' });
    await setup.waitFor();
    // The first run offers the setup only: there is no account yet to sign in with.
    expect(await page.locator('#sign-in-email').count()).toBe(0);
    await expectNoAxeViolations(page, 'first run');
    await setup.getByLabel('Email').fill('lead@example.test');
    await setup.getByLabel('Password').fill('a long enough passphrase');
    await setup.getByRole('button', { name: 'Create administrator and sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByText('lead@example.test').count()).toBeGreaterThan(0);
    // Once an administrator exists the offer is gone.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('region', { name: 'First run: create the administrator' }).count()).toBe(0);
  });
});
