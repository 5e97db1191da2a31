import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)("changing a person's details in Chromium against the real server", () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('changes the name, birth date and language (chosen from a list), and the audit log records the change', async () => {
    const api = await h.apiAs('navigator');
    const person = await api.post<{ id: string }>('api/v1/people', {
      givenName: 'Tomasz',
      familyName: 'Abernethy',
      birthDate: '1979-05-02',
    });
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${person.id}`);
    await page.getByRole('heading', { name: 'Tomasz Abernethy', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByRole('heading', { name: 'Change details', level: 1 }).waitFor();
    expect(await page.getByLabel('Family name').inputValue()).toBe('Abernethy');
    await page.getByLabel('Family name').fill('Abernethy-Ruiz');
    await page.getByLabel('Birth date').fill('');
    await page.getByLabel('Preferred language').selectOption({ label: 'Spanish' });
    await expectNoAxeViolations(page, 'changing a person’s details');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('heading', { name: 'Tomasz Abernethy-Ruiz', level: 1 }).waitFor();

    const stored = await api.get<{ familyName: string; birthDate: string | null; preferredLanguage: string | null; version: number }>(
      `api/v1/people/${person.id}`,
    );
    expect(stored).toMatchObject({ familyName: 'Abernethy-Ruiz', birthDate: null, preferredLanguage: 'es', version: 2 });
    const audit = await (
      await h.apiAs('admin')
    ).get<{ events: { action: string; entityType: string; actorId: string | null }[] }>(`api/v1/audit-events?personId=${person.id}`);
    expect(audit.events.some((e) => e.action === 'update' && e.entityType === 'person' && e.actorId === h.users.navigator.id)).toBe(true);
  });
});
