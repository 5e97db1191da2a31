import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { personWithDecision, requestAs } from './care-setup.js';
import type { Role } from '@carelevel/contract';
import type { Page } from 'playwright-core';
import { HAVE_CHROMIUM, PASSWORD, startStaffHarness, type StaffHarness } from './staff-harness.js';

// A plan in Spanish for a Spanish-speaking person, kept by an English-speaking team.
const PLAN_ES = {
  format: 'carelevel-aftercare/1',
  components: [{ kind: 'support-groups', reason: 'mutual-help', details: 'Se reúne cerca de su casa entre semana.' }],
  relapsePrevention: {
    triggers: ['Los fines de semana de pago'],
    copingSteps: ['Llamar a mi hermana'],
    peopleToCall: [],
    warningSigns: [],
  },
  crisisPlan: { steps: ['Llamar al 988'], contacts: [] },
  followUpDays: 7,
  language: 'es',
};

describe.skipIf(!HAVE_CHROMIUM)('the staff workspace in Spanish, in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('switches to Español on the sign-in page, keeps it through sign-in, and reads in Spanish at 360 px', async () => {
    const page = await h.newPage();
    await page.goto(h.staffUrl);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Each language is named in itself, and marked so.
    const espanol = page.getByRole('button', { name: 'Español' });
    expect(await espanol.getAttribute('lang')).toBe('es');
    expect(await espanol.getAttribute('aria-pressed')).toBe('false');
    // By keyboard: the switch is an ordinary button.
    await espanol.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'sign-in page in Spanish');

    // A missing field is told in Spanish too.
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByText('Escriba su correo electrónico').first().waitFor();

    await page.getByLabel('Correo electrónico').fill(h.users.clinician.email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();

    // The start page is the clinician's first menu item, People: its heading, title and menu in Spanish.
    await page.getByRole('heading', { name: 'Personas', level: 1 }).waitFor();
    expect(await page.title()).toBe('Personas — carelevel para el personal');
    const menu = page.getByRole('navigation', { name: 'Principal' });
    for (const item of ['Personas', 'Derivaciones', 'Su cuenta']) await menu.getByRole('link', { name: item }).waitFor();
    expect(await page.getByText('Sesión iniciada como', { exact: false }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectNoAxeViolations(page, 'people page in Spanish');

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'people page in Spanish at 360 px');

    // A form page with dates and counts: adding a person, in Spanish.
    await page.getByRole('link', { name: 'Agregar una persona' }).click();
    await page.getByRole('heading', { name: 'Agregar una persona', level: 1 }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'add a person in Spanish at 360 px');

    // And back: English, stored the same way.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'English' }).click()]);
    await page.getByRole('heading', { name: 'Add a person', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  /** A page whose stored choice is Spanish before the workspace loads, signed in through the Spanish form. */
  const spanishPage = async (role: Role, width?: number): Promise<Page> => {
    const page = await h.newPage(width ? { width, height: 740 } : {});
    await page.addInitScript(() => {
      localStorage.setItem('carelevel-staff-language', 'es');
    });
    await page.goto(h.staffUrl);
    await page.getByLabel('Correo electrónico').fill(h.users[role].email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    return page;
  };

  it("searches for programs in Spanish, the directory's own words included, at 360 px", async () => {
    const who = await personWithDecision(h, 'Itzel', 'Barragán-Moore');
    const page = await spanishPage('navigator', 360);
    await page.goto(`${h.staffUrl}#/people/${who.personId}/refer`);
    await page.getByRole('heading', { name: 'Derivar a programas', level: 1 }).waitFor();
    await page.locator('.program-hits').waitFor();
    // Payment names come from the directory's Spanish words, not its English ones.
    const wishes = page.getByRole('group', { name: 'Poner primero los programas que convienen a la persona' });
    expect(await wishes.getByLabel('Acepta seguro privado').isChecked()).toBe(true);
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'referral search in Spanish at 360 px');
  });

  it("shows a Spanish plan's copy for the person in Spanish while the workspace is in English", async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', {
      givenName: 'Rosario',
      familyName: 'Quintero-Vance',
      birthDate: '1979-06-14',
    });
    const put = await requestAs(h, 'clinician', 'PUT', `api/v1/people/${person.id}/aftercare-plan`, { plan: PLAN_ES });
    expect(put.status).toBe(201);

    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${person.id}/aftercare`);
    await page.getByRole('heading', { name: 'Aftercare plan', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    const copy = page.locator('section.person-copy');
    expect(await copy.getAttribute('lang')).toBe('es');
    await copy.getByRole('heading', { name: 'La copia para la persona' }).waitFor();
    const text = (await copy.textContent()) ?? '';
    for (const t of [
      'Si estoy en crisis',
      'Llame o envíe un mensaje de texto al 988 a cualquier hora, de día o de noche.',
      'Mi plan para una crisis',
      'Cosas que me pueden dar ganas de consumir',
      'Los fines de semana de pago',
      'Grupos de apoyo',
      'Los grupos dan apoyo de personas que han pasado por lo mismo.',
      'Mi próxima cita de seguimiento es dentro de 7 días.',
    ])
      expect(text).toContain(t);
    for (const t of ['If I am in crisis', 'My crisis plan', 'Support groups']) expect(text).not.toContain(t);
    // The one line for staff (not printed) stays in the workspace's language, marked so.
    expect(await copy.locator('p.no-print').getAttribute('lang')).toBe('en');
    expect(await copy.locator('p.no-print').textContent()).toBe('What the person takes home, in plain language.');
    await expectNoAxeViolations(page, 'English workspace with a Spanish person’s copy');
  });
});
