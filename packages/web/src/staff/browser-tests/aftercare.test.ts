import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personWithDecision, requestAs, type PersonWithDecision } from './care-setup.js';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('the aftercare plan in Chromium against the real server', () => {
  let h: StaffHarness;
  let who: PersonWithDecision;
  beforeAll(async () => {
    h = await startStaffHarness();
    who = await personWithDecision(h, 'Ruthanne', 'Mbeki-Olsen');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('builds a plan from the template with a local program, shows a bad phone beside its field, saves, and downloads a PDF', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${who.personId}/aftercare`);
    await page.getByRole('heading', { name: 'Aftercare plan', level: 1 }).waitFor();
    expect(await page.title()).toBe('Aftercare plan — carelevel staff');
    // The engine's template: therapy is in every plan; 988 and 911 are always in the crisis plan.
    expect(await page.getByLabel('Individual therapy').isChecked()).toBe(true);
    await page.getByText('Call or text 988 any time, day or night.').first().waitFor();
    expect(await page.getByText('Save the plan first; then it can be downloaded.').count()).toBe(1);
    await expectNoAxeViolations(page, 'new aftercare plan');

    // Local programs near the person's ZIP, offered for each service.
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const program = page.locator('#plan-components-individual-therapy-programId');
    await expect.poll(async () => (await program.locator('option').count()) > 1).toBe(true);
    await program.selectOption({ index: 1 });
    const programName = ((await program.locator('option:checked').textContent()) ?? '').replace(/ \([\d.]+ miles\)$/, '');
    await page.locator('#plan-components-individual-therapy-frequency').fill('Weekly, Tuesday evenings');
    await page.getByLabel('Triggers').fill('Payday weekends\nOld friends from work');
    await page.getByLabel('Coping steps').fill('Call my sponsor\nGo to the evening meeting');
    await page.getByRole('group', { name: 'People to call' }).getByRole('button', { name: 'Add a person' }).click();
    await page.locator('#plan-relapsePrevention-peopleToCall-0-name').fill('Ana');
    const phone = page.locator('#plan-relapsePrevention-peopleToCall-0-phone');
    await phone.fill('call me');
    await page.getByLabel('What the person will do').fill('Go to my sister’s house');
    await page.getByRole('button', { name: 'Save plan' }).click();

    // The engine's schema on the server names the phone; the error is beside it and it has focus.
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#plan-relapsePrevention-peopleToCall-0-phone-error').textContent()).toContain('phone number');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-relapsePrevention-peopleToCall-0-phone');
    await expectNoAxeViolations(page, 'aftercare plan with a field error');

    await phone.fill('555-0100');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByText('Plan saved.').waitFor();

    // The person's copy in plain language, as it prints.
    const copy = page.locator('.person-copy');
    for (const t of ['If I am in crisis', 'Payday weekends', 'Ana — 555-0100', programName]) expect(await copy.textContent()).toContain(t);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.aftercare-editor').isVisible()).toBe(false);
    expect(await page.locator('.staff-header').isVisible()).toBe(false);
    expect(await copy.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The stored plan is what the builder showed.
    const stored = await (
      await h.apiAs('clinician')
    ).get<{ plan: { components: { kind: string; programName?: string }[] } }>(`api/v1/people/${who.personId}/aftercare-plan`);
    expect(stored.plan.components.find((c) => c.kind === 'individual-therapy')?.programName).toBe(programName);

    // The person's copy as a PDF, through the browser's own download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Person’s copy (PDF)', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('aftercare-plan-person-copy-en.pdf');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-16).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(bytes.length).toBeGreaterThan(1_500);
    expect(bytes.length).toBeLessThan(2_000_000);
  });

  it('opens a saved plan again and fits 360 px with no axe violations', async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${who.personId}/aftercare`);
    await page.getByRole('heading', { name: 'Aftercare plan', level: 1 }).waitFor();
    expect(await page.getByLabel('Triggers').inputValue()).toBe('Payday weekends\nOld friends from work');
    await page.getByRole('link', { name: 'Clinician copy (PDF)' }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'saved aftercare plan at 360 px');

    // Someone else saves meanwhile: saving from this screen says so, and a reload shows their plan.
    const api = await h.apiAs('clinician');
    const current = await api.get<{ plan: { relapsePrevention: { triggers: string[] } }; version: number }>(
      `api/v1/people/${who.personId}/aftercare-plan`,
    );
    const theirs = { ...current.plan, relapsePrevention: { ...current.plan.relapsePrevention, triggers: ['Long weekends'] } };
    const put = await requestAs(h, 'clinician', 'PUT', `api/v1/people/${who.personId}/aftercare-plan`, { plan: theirs }, current.version);
    expect(put.status).toBe(200);
    await page.getByLabel('Coping steps').fill('Walk the dog');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByText('Someone else changed this while you were working.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.getByLabel('Triggers').inputValue()).toBe('Long weekends');
  });
});
