import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

describe.skipIf(!HAVE_CHROMIUM)('the people list in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows 25 people, and Show more adds the next page (read by cursor) below them, each person once', async () => {
    const api = await h.apiAs('navigator');
    for (let i = 0; i < 30; i++)
      await api.post('api/v1/people', { givenName: 'Paige', familyName: `Turnover${String(i).padStart(2, '0')}` });
    const asked: unknown[] = [];
    const page = await h.newPage();
    page.on('request', (r) => {
      if (r.url().endsWith('api/v1/people/search')) asked.push(r.postDataJSON());
    });
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people`);
    await page.getByLabel('Search by name').fill('turnover');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Showing 25 of 30 people.').waitFor();
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByText('30 people.', { exact: true }).waitFor();
    const names = await page.locator('tbody tr td:first-child').allTextContents();
    expect(new Set(names).size).toBe(30);
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    // The second page was asked for by the first page's cursor, not by an offset.
    const last = asked.at(-1) as { cursor?: string; offset?: number };
    expect(typeof last.cursor).toBe('string');
    expect(last.offset).toBeUndefined();
  });
});
