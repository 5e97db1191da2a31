import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveOverApi, personWithDecision, referralOverApi, type PersonWithDecision } from './care-setup.js';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

/** The referral's card in a section of the inbox or board, found by the person's name. */
const cardIn = (page: Page, section: RegExp, name: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: section }) })
    .getByRole('article')
    .filter({ hasText: name });

describe.skipIf(!HAVE_CHROMIUM)('referrals in Chromium against the real server', () => {
  let h: StaffHarness;
  let who: PersonWithDecision;
  beforeAll(async () => {
    h = await startStaffHarness();
    who = await personWithDecision(h, 'Marisol', 'Okafor-Lind');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends a referral with consent from a determination; program staff acknowledge, accept and admit; the board shows it', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${who.personId}/refer`);
    await page.getByRole('heading', { name: 'Refer to programs' }).waitFor();
    expect(await page.title()).toBe('Refer to programs — carelevel staff');
    // The level comes from the determination, the ZIP from the assessment's case.
    expect(await page.getByRole('combobox', { name: 'Level of care', exact: true }).inputValue()).toBe(who.chosenLevel);
    expect(await page.getByLabel('ZIP code').inputValue()).toBe(who.program.address.zip);
    // The search starts from the assessment: it has already run, ranking first what fits the person.
    await page.locator('.program-hits').waitFor();
    const wishes = page.getByRole('group', { name: 'Rank first the programs that fit the person' });
    expect(await wishes.getByLabel('Takes private insurance').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'referral flow');

    await page.getByLabel('Treats').selectOption(who.program.scope);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const choose = page.locator(`#choose-${who.program.id}`);
    await choose.check();
    await expect.poll(() => page.getByRole('group', { name: 'Shared with' }).textContent()).toContain(who.program.name);
    await expectNoAxeViolations(page, 'referral flow with results');

    // A consent that ends in the past: the server's field error shows beside the date, which takes focus.
    await page.getByLabel('Consent ends on').fill('2020-01-31');
    await page.getByLabel('The person agreed to share this with the programs named above').check();
    await page.getByRole('button', { name: 'Record consent and send referral' }).click();
    const expiry = page.getByLabel('Consent ends on');
    await expect.poll(() => expiry.getAttribute('aria-invalid')).toBe('true');
    const described = (await expiry.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${described.split(' ').pop()}`).textContent()).toContain('must be in the future');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await expiry.getAttribute('id'));
    await expectNoAxeViolations(page, 'consent with a field error');

    const future = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await expiry.fill(future);
    // A referral is a handoff: how soon, and a note for intake.
    await page.getByLabel('Urgency').selectOption('urgent');
    await page.getByLabel('Note to the program').fill('Works nights; call after 3 pm.');
    await page.getByRole('button', { name: 'Record consent and send referral' }).click();
    await page.getByRole('heading', { name: 'Referral sent' }).waitFor();
    expect(await page.getByText('Sent to 1 program.').count()).toBe(1);

    // The board: requested, not yet acknowledged.
    await page.getByRole('link', { name: 'See the referral board' }).click();
    await page.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    await cardIn(page, /^Requested/, who.name).waitFor();
    await expectNoAxeViolations(page, 'referral board');

    // Program staff land on their inbox and move the referral along.
    const staff = await h.newPage();
    await h.signIn(staff, 'program-staff');
    await staff.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const fresh = cardIn(staff, /^New: to acknowledge/, who.name);
    await fresh.waitFor();
    // The card says what intake needs before saying yes.
    const handoff = (await fresh.textContent()) ?? '';
    expect(handoff).toContain('UrgencyUrgent');
    expect(handoff).toContain('Note to the programWorks nights; call after 3 pm.');
    expect(handoff).toMatch(/Indicated level\w/);
    expect(handoff).toMatch(/Withdrawal management\w/);
    expect(handoff).toContain('PaymentPrivate');
    expect(handoff).toContain('Can attendEvening');
    expect(handoff).toContain('Language for careEnglish');
    expect(handoff).toContain(`Referred by${h.users.navigator.email}`);
    await expectNoAxeViolations(staff, 'inbox');
    await fresh.getByRole('button', { name: 'Acknowledge' }).click();
    const acknowledged = cardIn(staff, /^Acknowledged: to decide/, who.name);
    // Accepting asks for the expected admission day.
    await acknowledged.getByRole('button', { name: 'Accept' }).click();
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await acknowledged.getByLabel('Expected admission date').fill(inThreeDays);
    await expectNoAxeViolations(staff, 'accepting with an expected admission date');
    await acknowledged.getByRole('button', { name: 'Accept referral' }).click();
    const accepted = cardIn(staff, /^Accepted: to admit/, who.name);
    await accepted.getByText('Expected admission').waitFor();
    // Recording an admission asks for its day and a confirmation; an empty day is named beside the field.
    await accepted.getByRole('button', { name: 'Record admission' }).click();
    await accepted.getByText('This cannot be undone.').waitFor();
    const day = accepted.getByLabel('Admission date');
    await day.fill('');
    await accepted.getByRole('button', { name: 'Confirm admission' }).click();
    await expect.poll(() => day.getAttribute('aria-invalid')).toBe('true');
    expect(await accepted.locator('.field-error').textContent()).toContain('enter the day the person was admitted');
    await day.fill(new Date().toISOString().slice(0, 10));
    await accepted.getByRole('button', { name: 'Confirm admission' }).click();
    const admitted = cardIn(staff, /^Admitted/, who.name);
    await admitted.waitFor();
    expect(await admitted.textContent()).toMatch(/Time to acknowledge\s*\d/);
    expect(await admitted.textContent()).toMatch(/Admitted on\w/);
    await expectNoAxeViolations(staff, 'inbox after admission');

    // Back on the board: admitted, with its time to acknowledge and to admission.
    await page.reload();
    const onBoard = cardIn(page, /^Admitted/, who.name);
    await onBoard.waitFor();
    const text = (await onBoard.textContent()) ?? '';
    expect(text).toMatch(/Time to acknowledge\s*\d+ (minutes?|hours?)/);
    // The admission day was today: zero whole days, said in words.
    expect(text).toMatch(/Time to admission\s*(same day|0 days)/);

    // The referral's own page shows its history.
    await onBoard.getByRole('link', { name: who.name }).click();
    await page.getByRole('heading', { name: `Referral to ${who.program.name}` }).waitFor();
    for (const step of ['Referral sent', 'Moved to Received', 'Moved to Accepted', 'Moved to Admitted'])
      await page.getByText(step, { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'referral page');
  });

  it('asks for a reason to decline beside the field, and says plainly when someone else changed the referral', async () => {
    const other = await personWithDecision(h, 'Teodor', 'Vasquez-Ng');
    const r = await referralOverApi(h, other.personId, other.chosenLevel);
    const staff = await h.newPage();
    await h.signIn(staff, 'program-staff');
    await cardIn(staff, /^New: to acknowledge/, other.name)
      .getByRole('button', { name: 'Acknowledge' })
      .click();
    const card = cardIn(staff, /^Acknowledged: to decide/, other.name);
    await card.getByRole('button', { name: 'Decline' }).click();
    await card.getByRole('button', { name: 'Decline referral' }).click();
    const reason = card.getByLabel('Reason for declining');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await card.locator('.field-error').textContent()).toContain('declining needs a reason');
    await expectNoAxeViolations(staff, 'decline without a reason');

    // Someone else waitlists it meanwhile; accepting from the stale screen answers 412.
    const api = await h.apiAs('program-staff');
    const current = await api.get<{ version: number }>(`api/v1/referrals/${r.id}`);
    expect(await moveOverApi(h, r.id, 'waitlisted', current.version)).toBe(200);
    await card.getByRole('button', { name: 'Back' }).click();
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('button', { name: 'Accept referral' }).click();
    await card
      .getByText('Someone else changed this referral while you were working. Reload to see their change, then try again.')
      .waitFor();
    await card.getByRole('button', { name: 'Reload' }).click();
    await cardIn(staff, /^Waitlisted/, other.name).waitFor();
  });

  it('fits the board, inbox and referral flow in 360 px', async () => {
    const narrow = await personWithDecision(h, 'Ifeoma', 'Brandtner-Sokolowski');
    await referralOverApi(h, narrow.personId, narrow.chosenLevel);
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${who.personId}/refer`);
    await page.getByRole('heading', { name: 'Refer to programs' }).waitFor();
    // The search's own problem: the server names the ZIP, and the error shows beside it.
    const zip = page.getByLabel('ZIP code');
    await zip.fill('1234');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => zip.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#program-search-near-error').textContent()).toContain('5-digit ZIP');
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'program search with a field error at 360 px');
    await zip.fill(who.program.address.zip);
    await page.getByLabel('Treats').selectOption(who.program.scope);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator(`#choose-${who.program.id}`).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    // Up to three programs at once: with three chosen, the others cannot be.
    const boxes = page.locator('.program-hits input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(3);
    for (const i of [0, 1, 2]) await boxes.nth(i).check();
    expect(await boxes.nth(3).isDisabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Shared with' }).getByRole('checkbox').count()).toBe(3);
    await boxes.nth(0).uncheck();
    expect(await boxes.nth(3).isDisabled()).toBe(false);
    await page.goto(`${h.staffUrl}#/referrals`);
    await cardIn(page, /^Requested/, narrow.name).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'referral board at 360 px');
    const staff = await h.newPage({ width: 360, height: 740 });
    await h.signIn(staff, 'program-staff');
    await cardIn(staff, /^New: to acknowledge/, narrow.name).waitFor();
    expect(await noSideScroll(staff)).toBe(true);
    await expectNoAxeViolations(staff, 'inbox at 360 px');
    await staff.getByRole('link', { name: /^Openings and schedule of/ }).click();
    await staff.getByRole('heading', { name: /^Openings and schedule:/ }).waitFor();
    expect(await noSideScroll(staff)).toBe(true);
    await expectNoAxeViolations(staff, 'program openings at 360 px');
  });

  it('lets program staff report openings, with the server naming a bad number beside its field', async () => {
    const staff = await h.newPage();
    await h.signIn(staff, 'program-staff');
    await staff.goto(`${h.staffUrl}#/inbox/programs/${h.programId}`);
    await staff.getByRole('heading', { name: /^Openings and schedule:/ }).waitFor();
    await staff.getByLabel('Taking new clients now').check();
    await staff.getByLabel('Waitlist (days)').fill('-3');
    await staff.getByRole('button', { name: 'Report openings' }).click();
    const wait = staff.getByLabel('Waitlist (days)');
    await expect.poll(() => wait.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(staff, 'openings with a field error');
    await wait.fill('5');
    await staff.getByLabel('Open group seats').fill('4');
    await staff.getByRole('button', { name: 'Report openings' }).click();
    await staff.getByText('Openings reported.').waitFor();
    const program = await (
      await h.apiAs('clinician')
    ).get<{ openings: { acceptingNewClients: boolean; waitlistDays: number } }>(`api/v1/programs/${h.programId}`);
    expect(program.openings).toMatchObject({ acceptingNewClients: true, waitlistDays: 5 });

    // Schedule tracks for each day program the listing offers (IOP, PHP); none otherwise.
    const levels = (await (await h.apiAs('clinician')).get<{ care: { levels: string[] } }>(`api/v1/programs/${h.programId}`)).care.levels;
    // The page lists them in this order.
    const day = ['intensive-outpatient', 'partial-hospitalization'].find((l) => levels.includes(l));
    if (!day) {
      await staff.getByText('This program lists no intensive outpatient or day program, so it has no schedule tracks.').waitFor();
      return;
    }
    const form = staff
      .locator('section')
      .filter({ has: staff.getByRole('heading', { name: /^Schedule tracks:/ }) })
      .first();
    const evening = form.getByLabel('Evening');
    if (await evening.isChecked()) await evening.uncheck();
    else await evening.check();
    const wanted = await evening.isChecked();
    await form.getByRole('button', { name: 'Save tracks' }).click();
    await form.getByText('Schedule saved.').waitFor();
    const after = await (
      await h.apiAs('clinician')
    ).get<{ care: { scheduleTracks: Record<string, string[]> } }>(`api/v1/programs/${h.programId}`);
    expect(after.care.scheduleTracks[day]?.includes('evening') ?? false).toBe(wanted);
  });

  it('lets the referring side cancel an open referral from its page', async () => {
    const third = await personWithDecision(h, 'Oksana', 'Delacroix-Wu');
    const r = await referralOverApi(h, third.personId, third.chosenLevel);
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/referrals/${r.id}`);
    await page.getByRole('heading', { name: `Referral to ${third.program.name}` }).waitFor();
    // The referring side only cancels; acknowledging is the program's.
    expect(await page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel referral' }).click();
    await page.getByText('The referral is now Cancelled.').waitFor();
    await page.getByText('Moved to Cancelled', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'cancelled referral');
  });

  it('after one program admits the person, asks the referring side to close the other open referrals as admitted elsewhere', async () => {
    const fourth = await personWithDecision(h, 'Amadou', 'Kowalczyk-Reyes');
    const nav = await h.apiAs('navigator');
    const nearby = await nav.get<{ results: { id: string }[] }>(
      `api/v1/programs?near=${fourth.program.address.zip}&radiusMiles=3000&limit=5`,
    );
    const otherProgram = nearby.results.map((p) => p.id).find((id) => id !== h.programId);
    if (!otherProgram) throw new Error('the sample directory has a second program');
    const group = await nav.post<{ referrals: { id: string; programId: string }[] }>('api/v1/referrals', {
      personId: fourth.personId,
      programIds: [h.programId, otherProgram],
      consent: { purpose: 'referral', shares: ['demographics'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    });
    const ours = group.referrals.find((r) => r.programId === h.programId);
    const theirs = group.referrals.find((r) => r.programId === otherProgram);
    if (!ours || !theirs) throw new Error('both referrals made');
    for (const status of ['received', 'accepted', 'admitted']) expect(await moveOverApi(h, ours.id, status)).toBe(200);

    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/referrals/${ours.id}`);
    const prompt = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Other referrals still open' }) });
    await prompt.getByText('1 other referral is still open').waitFor();
    await expectNoAxeViolations(page, 'prompt to close the other referrals');
    await prompt.getByRole('button', { name: 'Close the other referral' }).click();
    await prompt.getByText('The other referral is closed: admitted elsewhere.').waitFor();

    // The other program sees why: cancelled, admitted elsewhere.
    await page.goto(`${h.staffUrl}#/referrals/${theirs.id}`);
    await page.getByText('Moved to Cancelled', { exact: true }).waitFor();
    expect(await page.locator('dl.facts').first().textContent()).toContain('Reasonadmitted elsewhere');
    const read = await (await h.apiAs('admin')).get<{ status: string; reason: string }>(`api/v1/referrals/${theirs.id}`);
    expect(read).toMatchObject({ status: 'cancelled', reason: 'admitted elsewhere' });
  });

  it('never dead-ends on an empty search: one press widens the radius to the nearest program that fits', async () => {
    const far = await personWithDecision(h, 'Nalani', 'Osei-Fischer');
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${far.personId}/refer`);
    await page.locator('.program-hits').waitFor();
    // A place with no program of this level within a mile (the sample directory is spread over the country).
    const api = await h.apiAs('clinician');
    let empty = '';
    for (const zip of ['59001', '82001', '99701', '04730', '58001', '69001', '88001', '97820', '83001']) {
      const found = await api.get<{ total: number }>(`api/v1/programs?near=${zip}&radiusMiles=1&levels=${far.chosenLevel}`);
      if (found.total === 0) {
        empty = zip;
        break;
      }
    }
    expect(empty).not.toBe('');
    await page.getByLabel('ZIP code').fill(empty);
    await page.getByLabel('Treats').selectOption('');
    await page.getByLabel('Within (miles)').fill('1');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No programs found.').waitFor();
    const widen = page.getByRole('button', { name: /^Search within \d+ miles$/ });
    await expectNoAxeViolations(page, 'empty search with a wider radius to try');
    const miles = Number(/\d+/.exec((await widen.textContent()) ?? '')?.[0]);
    await widen.click();
    await page.locator('.program-hits li').first().waitFor();
    expect(await page.getByLabel('Within (miles)').inputValue()).toBe(String(miles));
  });
});
