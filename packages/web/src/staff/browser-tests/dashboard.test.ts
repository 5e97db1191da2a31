import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveOverApi, personWithDecision, referralOverApi } from './care-setup.js';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!HAVE_CHROMIUM)('the administrator dashboard in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
    // Three placements, two of them variances with a reason, and a referral that was acknowledged and admitted.
    const first = await personWithDecision(h, 'Lucan', 'Adeyemi-Roth');
    const otherThan = (indicated: string): string => (indicated === 'outpatient' ? 'intensive-outpatient' : 'outpatient');
    const other = otherThan(first.indicatedLevel);
    const second = await personWithDecision(h, 'Perpetua', 'Halvorsen', { chosenLevel: otherThan, varianceReason: 'payer-denied' });
    // A clinician's override: a variance, not a service gap.
    await personWithDecision(h, 'Ottoline', 'Marsh-Abara', {
      chosenLevel: otherThan,
      varianceReason: 'clinical-judgment',
      note: 'Has done well at this level before',
    });
    const r = await referralOverApi(h, first.personId, first.chosenLevel);
    for (const status of ['received', 'accepted', 'admitted']) expect(await moveOverApi(h, r.id, status)).toBe(200);
    await referralOverApi(h, second.personId, other);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows placements, variance by reason, referral outcomes and waiting times for a period, as charts with tables', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await page.title()).toBe('Dashboard — carelevel staff');
    await page.getByLabel('From').fill(day(-1));
    await page.getByLabel('To').fill(day(1));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('3 placements decided in this period.').waitFor();
    await page
      .getByText(
        "2 of 3 placements differed from the indicated level; 1 of them is a service gap (a clinician's judgment is not counted as a gap).",
      )
      .waitFor();
    await page.getByText('2 referrals sent in this period.').waitFor();

    const table = (heading: string) =>
      page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: heading, level: 2 }) })
        .getByRole('table');
    expect(await table('Indicated versus chosen: service gaps').textContent()).toContain('Payer denied');
    const outcomes = (await table('Referral outcomes').textContent()) ?? '';
    expect(outcomes).toContain('Admitted1');
    expect(outcomes).toContain('Requested1');
    const waiting = (await table('Waiting times').textContent()) ?? '';
    expect(waiting).toMatch(/To acknowledgeTo admission/);
    // Readable waits: minutes or hours to acknowledge, whole days to an admission day.
    expect(waiting).toMatch(/Median\d+ (minutes?|hours?)same day/);
    // Each chart drew its bars; screen readers get the tables.
    expect(await page.locator('.report-chart .recharts-surface').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.report-chart .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page, 'dashboard');
  });

  it("shows the server's error beside the date when the period ends before it starts, and fits 360 px", async () => {
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'admin');
    await page.goto(`${h.staffUrl}#/dashboard`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByText(/placements? decided in this period/).waitFor();
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'dashboard at 360 px');
    await page.getByLabel('From').fill(day(2));
    await page.getByLabel('To').fill(day(-2));
    await page.getByRole('button', { name: 'Show' }).click();
    const to = page.getByLabel('To');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#period-to-error').textContent()).toContain('must not be before from');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('period-to');
    expect(await noSideScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'dashboard with a field error');
  });

  it('says, above every table wider than a 390 px phone, that it scrolls sideways, and lets the keyboard scroll it', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await h.signIn(page, 'admin');
    const seen: { page: string; overflows: boolean; saysSo: boolean; focusable: boolean }[] = [];
    const look = async (where: string): Promise<void> => {
      // The note follows a measurement after layout; give it a moment to settle.
      await page.waitForTimeout(200);
      const tables = await page.locator('.table-wrap').evaluateAll((wraps) =>
        wraps.map((w) => ({
          overflows: w.scrollWidth > w.clientWidth + 1,
          saysSo: w.previousElementSibling?.classList.contains('table-scrolls') ?? false,
          focusable: w.getAttribute('tabindex') === '0',
        })),
      );
      seen.push(...tables.map((t) => ({ page: where, ...t })));
    };
    await page.goto(`${h.staffUrl}#/dashboard`);
    await page.getByText(/placements? decided in this period/).waitFor();
    await look('dashboard');
    await page.goto(`${h.staffUrl}#/users`);
    await page.getByRole('table').first().waitFor();
    await look('accounts');
    await expectNoAxeViolations(page, 'accounts at 390 px');
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.some((t) => t.overflows)).toBe(true);
    for (const t of seen) expect({ ...t, saysSo: t.overflows, focusable: t.overflows }).toEqual(t);
    expect(await noSideScroll(page)).toBe(true);
  });

  it('is for administrators only', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    await page.goto(`${h.staffUrl}#/dashboard`);
    await page.getByRole('heading', { name: 'Not available to your role' }).waitFor();
  });
});
