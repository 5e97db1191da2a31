import type { Observation, Patient } from '@medplum/fhirtypes';
import { addRecordPatient, startSmartRecord, type SmartRecordServer } from '@carelevel/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { choose } from './fixtures.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const PHQ9 = [2, 2, 1, 2, 1, 2, 1, 1, 0];

describe.skipIf(!HAVE_CHROMIUM)('SMART EHR launch, end to end in Chromium against a local health record', () => {
  let h: StaffHarness;
  let record: SmartRecordServer;
  let patient: Patient;

  beforeAll(async () => {
    record = await startSmartRecord();
    h = await startStaffHarness({ smartRecords: [{ iss: record.iss, clientId: record.clientId, writeBack: true }] });
    patient = await addRecordPatient(record, {
      name: { given: 'Chidi', family: 'Okoye' },
      birthDate: '1985-06-15',
      phq9: PHQ9,
      on: '2026-11-28',
      condition: { text: 'Alcohol use disorder, severe' },
    });
  });
  afterAll(async () => {
    await h?.close();
    await record?.close();
  });

  // Runs first: the launch below signs in the clinician this links.
  it('lets an administrator link a clinician’s health-record user on the accounts page', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.goto(`${h.staffUrl}#/users/${h.users.clinician.id}`);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Health-record sign-in (SMART launch)' }) });
    await section.getByText('No health-record user is linked.').waitFor();
    await section.getByLabel('Record’s FHIR address (iss)').fill(record.iss);
    await section.getByLabel('User in the record (fhirUser)').fill('not a user');
    await section.getByRole('button', { name: 'Link health-record user' }).click();
    await expect.poll(() => section.getByLabel('User in the record (fhirUser)').getAttribute('aria-invalid')).toBe('true');
    await section.getByLabel('User in the record (fhirUser)').fill('Practitioner/42');
    await section.getByRole('button', { name: 'Link health-record user' }).click();
    await section.getByText(`Practitioner/42 at ${record.iss}`).waitFor();
    await expectNoAxeViolations(page, 'account with a health-record user linked');
  });

  it('launches from the record, opens the person with the record’s answers offered, and writes the signed result back', async () => {
    const page = await h.newPage();
    const launch = record.launch({ patient: patient.id ?? '', fhirUser: `${record.iss}/Practitioner/42` });
    // The record opens carelevel's launch URL; its authorization server approves without a consent screen.
    await page.goto(`${h.url}smart/launch?iss=${encodeURIComponent(record.iss)}&launch=${launch}`);
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    expect(page.url()).toMatch(/\/staff#\/people\/[0-9a-f-]{36}\/assessments\/new$/);
    expect(await page.locator('main').textContent()).toContain('Chidi Okoye');
    const offer = page.locator('section').filter({ has: page.getByRole('heading', { name: 'From the health record' }) });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Alcohol use disorder, severe');
    await expectNoAxeViolations(page, 'new assessment with the health record offered');

    await offer.getByRole('button', { name: 'Use these answers' }).click();
    await offer.getByText(/^Filled 1 instrument from the health record/).waitFor();
    // Filled, the PHQ-9 opens by itself with its total.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PHQ-9:' }).textContent()).toContain('Total 12 of 27');
    const mark = page.locator('.from-person[data-source="health-record"]');
    expect(await mark.first().textContent()).toContain('From the health record');
    await page.getByRole('button', { name: 'Confirm all marked answers' }).click();
    await expect.poll(() => mark.count()).toBe(0);

    await page.getByLabel('Age in years').fill('41');
    await page.getByLabel('Main concern').selectOption('co-occurring');
    await page.getByRole('button', { name: 'Add a substance' }).click();
    await page.getByLabel('Substance', { exact: true }).selectOption('alcohol');
    await page.getByLabel('Days used in the last 30').fill('28');
    await page.getByLabel('Use disorder severity').selectOption('severe');
    await page.getByLabel('Withdrawal now').selectOption('mild');
    await choose(page, 'An adult at home who can monitor withdrawal', 'Yes');
    await page.getByLabel('Cravings').selectOption('moderate');
    await page.getByLabel('Housing').selectOption('stable');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page.getByTestId('determination').waitFor();
    await page.getByRole('button', { name: 'Sign assessment' }).click();
    await page.getByRole('button', { name: 'Yes, sign it' }).click();
    await page.getByTestId('signed').waitFor();
    await expect.poll(() => page.getByTestId('write-back').textContent()).toMatch(/^Written to the health record: \d+ results/);

    const written = await record.search<Observation>('Observation', { subject: `Patient/${patient.id ?? ''}` });
    const level = written.find((o) => o.code.coding?.some((c) => c.code === 'level-of-care'));
    expect(level?.status).toBe('final');
    const phq = written.find((o) => o.code.coding?.some((c) => c.code === '44261-6'));
    expect(phq?.valueInteger).toBe(12);
    // Nothing about the person in any address the browser saw, and no token.
    expect(page.url()).not.toMatch(/Okoye|Chidi|token/i);
  });

  it('shows a plain page to a record user who has no carelevel account', async () => {
    const page = await h.newPage();
    const launch = record.launch({ patient: patient.id ?? '', fhirUser: 'Practitioner/404' });
    await page.goto(`${h.url}smart/launch?iss=${encodeURIComponent(record.iss)}&launch=${launch}`);
    await page.getByRole('heading', { name: 'carelevel could not open from the health record' }).waitFor();
    expect(await page.locator('#launch-problem').textContent()).toContain('not linked to a carelevel account');
    await expectNoAxeViolations(page, 'launch refused');
  });
});
