import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { personWithDecision, type PersonWithDecision } from './care-setup.js';
import { choose } from './fixtures.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('reporting a problem with a listing and resolving it, in Chromium against the real server', () => {
  let h: StaffHarness;
  let who: PersonWithDecision;
  beforeAll(async () => {
    h = await startStaffHarness();
    who = await personWithDecision(h, 'Ilse', 'Marchetti-Oduya');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a navigator reports a wrong phone from the referral search; an admin fixes the listing from the queue, and it is audited', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${who.personId}/refer`);
    await page.getByRole('heading', { name: 'Refer to programs' }).waitFor();
    await page.getByLabel('Treats').selectOption(who.program.scope);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const hit = page.locator('.program-hit').filter({ has: page.locator(`#choose-${who.program.id}`) });
    await hit.locator('.report-problem summary').click();
    // Sending without a choice names the group and focuses it.
    await hit.getByRole('button', { name: 'Send report' }).click();
    await hit.getByText('Choose what is wrong.').first().waitFor();
    await expectNoAxeViolations(page, 'staff report form with an error');
    await choose(hit, 'What is wrong?', 'Wrong phone');
    await hit.getByLabel('Note').fill('Number belongs to a dentist.');
    await hit.getByRole('button', { name: 'Send report' }).click();
    await hit.getByRole('status').filter({ hasText: 'the report is in the administrators' }).waitFor();
    await expectNoAxeViolations(page, 'staff report sent');
    await page.context().close();

    const admin = await h.newPage({ width: 360, height: 740 });
    await h.signIn(admin, 'admin');
    await admin.goto(`${h.staffUrl}#/program-reports`);
    await admin.getByRole('heading', { name: 'Listing reports', level: 1 }).waitFor();
    const card = admin.locator('.report-queue li').filter({ hasText: 'Number belongs to a dentist.' });
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(who.program.name);
    expect(await noSideScroll(admin)).toBe(true);
    await expectNoAxeViolations(admin, 'listing reports queue');

    await choose(card, 'Resolve', 'Fix the listing');
    await card.getByLabel('Phone').fill('call us');
    await card.getByRole('button', { name: 'Resolve' }).click();
    // The server's rule shows beside the field.
    await expect.poll(() => card.getByLabel('Phone').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(admin, 'resolution with a field error');
    await card.getByLabel('Phone').fill('302-555-0188');
    await card.getByLabel('Resolution note').fill('Called the program.');
    await card.getByRole('button', { name: 'Resolve' }).click();
    await admin.getByText('No reports here.').waitFor();
    await choose(admin.locator('main'), 'Show', 'Fixed');
    await admin.locator('.report-queue li').filter({ hasText: 'Called the program.' }).waitFor();
    await expectNoAxeViolations(admin, 'fixed reports');

    const api = await h.apiAs('admin');
    expect(await api.get<{ phone: string }>(`api/v1/programs/${who.program.id}`)).toMatchObject({ phone: '302-555-0188' });
    const audit = await api.get<{ events: { action: string; entityType: string }[] }>('api/v1/audit-events?entityType=program-report');
    expect(audit.events.map((e) => e.action)).toContain('resolve');
    await admin.context().close();
  });

  it('program staff confirm their listing from the inbox, as it is or corrected, and the search says the program confirmed it', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'program-staff');
    await page.goto(`${h.staffUrl}#/inbox/programs/${h.programId}`);
    await page.getByRole('heading', { name: 'Your listing in the directory' }).waitFor();
    await page.getByRole('button', { name: 'Our listing is right' }).click();
    await page.getByRole('status').filter({ hasText: 'confirmed by your program today' }).waitFor();
    await page.getByText(/^Confirmed by your program /).waitFor();
    await expectNoAxeViolations(page, 'listing confirmed');
    expect(await noSideScroll(page)).toBe(true);

    await page.getByText('Something changed: correct the listing').click();
    await page.getByLabel('Intake phone').fill('302-555-0177');
    await page.getByLabel('ZIP').fill('123');
    await page.getByRole('button', { name: 'Save and confirm the listing' }).click();
    await expect.poll(() => page.getByLabel('ZIP').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'listing correction with a field error');
    const api = await h.apiAs('admin');
    const before = await api.get<{ address: { zip: string } }>(`api/v1/programs/${h.programId}`);
    await page.getByLabel('ZIP').fill(before.address.zip);
    await page.getByRole('button', { name: 'Save and confirm the listing' }).click();
    await expect
      .poll(async () => (await api.get<{ intakePhone: string; verifiedBy?: string }>(`api/v1/programs/${h.programId}`)).intakePhone)
      .toBe('302-555-0177');
    expect(await api.get(`api/v1/programs/${h.programId}`)).toMatchObject({
      verifiedBy: 'program',
      lastVerified: new Date().toISOString().slice(0, 10),
    });
    await page.context().close();
  });

  it('program staff set their hours and levels from the inbox; a half-given day is named beside its field', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'program-staff');
    await page.goto(`${h.staffUrl}#/inbox/programs/${h.programId}`);
    await page.getByRole('heading', { name: 'Your listing in the directory' }).waitFor();
    await page.getByText('Something changed: correct the listing').click();
    const levels = page.getByRole('group', { name: 'Levels of care offered' });
    await levels.waitFor();
    await levels.getByLabel('Intensive outpatient', { exact: false }).first().check();
    await page.getByLabel('Monday: opens').fill('08:00');
    await page.getByLabel('Monday: closes').fill('17:00');
    await page.getByLabel('Tuesday: opens').fill('08:00');
    await page.getByRole('button', { name: 'Save and confirm the listing' }).click();
    // Tuesday has an opening time only: said beside the field before anything is sent.
    await expect.poll(() => page.getByLabel('Tuesday: closes').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('give both the opening and the closing time, or neither').first().waitFor();
    await expectNoAxeViolations(page, 'listing hours with a field error');
    await page.getByLabel('Tuesday: closes').fill('12:30');
    await page.getByLabel('Note about hours').fill('Walk-ins until 2 pm');
    await page.getByRole('button', { name: 'Save and confirm the listing' }).click();
    await page.getByRole('status').filter({ hasText: 'confirmed by your program today' }).waitFor();
    await expectNoAxeViolations(page, 'listing hours saved');
    expect(await noSideScroll(page)).toBe(true);

    const api = await h.apiAs('admin');
    const program = await api.get<{ hours: unknown; care: { levels: string[] } }>(`api/v1/programs/${h.programId}`);
    expect(program.hours).toEqual({
      open24Hours: false,
      times: [
        { day: 'mon', opens: '08:00', closes: '17:00' },
        { day: 'tue', opens: '08:00', closes: '12:30' },
      ],
      note: 'Walk-ins until 2 pm',
    });
    expect(program.care.levels).toContain('intensive-outpatient');

    // Open 24 hours hides the days.
    await page.getByLabel('Open 24 hours, every day').check();
    expect(await page.getByLabel('Monday: opens').count()).toBe(0);
    await page.getByRole('button', { name: 'Save and confirm the listing' }).click();
    await expect
      .poll(async () => (await api.get<{ hours: { open24Hours: boolean } | null }>(`api/v1/programs/${h.programId}`)).hours?.open24Hours)
      .toBe(true);
    await expectNoAxeViolations(page, 'listing open 24 hours');
    await page.context().close();
  });

  it('shows the directory\u2019s health on the admin dashboard, with the way to the open reports', async () => {
    const api = await h.apiAs('admin');
    const health = await api.get<{ listed: number; openReports: number; confirmed: { never: number } }>('api/v1/reports/directory-health');
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'admin');
    await page.goto(`${h.staffUrl}#/dashboard`);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Listing health', level: 2 }) });
    await section.getByRole('table', { name: 'Listed programs by when they were last confirmed' }).waitFor();
    expect(await section.textContent()).toContain(`${health.listed} programs listed`);
    expect(await section.getByRole('row', { name: /Never/ }).textContent()).toContain(String(health.confirmed.never));
    await expectNoAxeViolations(page, 'dashboard with directory health');
    expect(await noSideScroll(page)).toBe(true);
    await section.getByRole('link', { name: /open report/ }).click();
    await page.getByRole('heading', { name: 'Listing reports', level: 1 }).waitFor();
    await page.context().close();
  });
});
