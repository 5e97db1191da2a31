import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, RESIDENTIAL_ADMISSION } from './fixtures.js';
import { expectNoAxeViolations, noSideScroll } from '../../browser-tests/axe.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toLocaleDateString('en-CA');

async function addPerson(page: Page, given: string, family: string): Promise<string> {
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('Given name').fill(given);
  await page.getByLabel('Family name').fill(family);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('heading', { name: `${given} ${family}` }).waitFor();
  return /#\/people\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
}

describe.skipIf(!HAVE_CHROMIUM)('clinical workspace in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the server’s field errors beside the person form’s fields, with a summary and focus on the first', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByLabel('Family name').fill('Rivera');
    await page.getByLabel('Birth date').fill('1984-13-45');
    await page.getByRole('button', { name: 'Add person' }).click();
    const given = page.getByLabel('Given name');
    await expect.poll(() => given.getAttribute('aria-invalid')).toBe('true');
    // The given name (blank) and the birth date (not a date) come back from the server's problem+json.
    // In plain words, naming the rule: never the schema library's "Too small: expected string…".
    expect(await page.locator('#person-givenName-error').textContent()).toBe('Error: is required');
    expect(await page.locator('#person-birthDate-error').textContent()).toBe(
      'Error: must be a date written year-month-day, like 2026-03-27',
    );
    expect(await page.getByLabel('Birth date').getAttribute('aria-describedby')).toContain('person-birthDate-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-givenName');
    expect(await page.locator('.error-summary li').count()).toBe(2);
    await expectNoAxeViolations(page, 'new person with server errors');
  });

  it('(a) assesses a person from intake: add, interview with live scores, determination, sign', async () => {
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    const personId = await addPerson(page, 'Dana', 'Okafor');
    expect(personId).toMatch(/^[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'person record (empty)');

    await page.getByRole('link', { name: 'Start an assessment' }).click();
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    await page.getByLabel('Age in years').fill('41');
    await page.getByLabel('Main concern').selectOption('co-occurring');
    await page.getByRole('button', { name: 'Add a substance' }).click();
    await page.getByLabel('Substance', { exact: true }).selectOption('alcohol');
    await page.getByLabel('Days used in the last 30').fill('28');
    await page.getByLabel('Use disorder severity').selectOption('severe');
    await page.getByLabel('Withdrawal now').selectOption('mild');
    await choose(page, 'An adult at home who can monitor withdrawal', 'Yes');
    // PHQ-9 item by item: the total and band update as each item is answered.
    await page.locator('summary', { hasText: 'PHQ-9' }).click();
    const phq = [2, 2, 1, 2, 1, 2, 1, 1, 0];
    for (const [i, v] of phq.entries()) await page.locator(`#assess-instruments-phq9-${i}${v === 0 ? '' : `-${v}`}`).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PHQ-9:' }).textContent()).toContain('Total 12 of 27: Moderate');
    await page.getByLabel('Cravings').selectOption('moderate');
    await page.getByLabel('Housing').selectOption('stable');
    // The engine's rating of dimension 1 shows beside its answers.
    const d1 = page.getByRole('complementary', { name: /Engine: Intoxication and withdrawal/ });
    expect(await d1.textContent()).toMatch(/Rating \d of 4/);
    await expectNoAxeViolations(page, 'new assessment, partly filled');
    expect(await noSideScroll(page)).toBe(true);

    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    const indicated = (await page.getByTestId('indicated-level').first().getAttribute('data-level')) ?? '';
    expect(indicated).not.toBe('');
    await expect.poll(() => page.getByRole('note').first().textContent()).toContain('does not replace, clinical judgment');
    await expectNoAxeViolations(page, 'saved assessment before determination');

    // A clinician's rating adjustment needs a rationale; the server's error shows beside it.
    await page.locator('#determination-dimension-3-adjustedRating').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Record determination' }).click();
    const rationale = page.locator('#determination-adjustments-0-rationale');
    await expect.poll(() => rationale.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'determination with an error');
    await rationale.fill('Mood is worse than the PHQ-9 shows; family reports two weeks in bed.');
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page.getByTestId('determination').waitFor();
    expect(await page.getByTestId('determination').textContent()).toContain('Mood is worse than the PHQ-9 shows');

    // Signing cannot be undone, so it asks first.
    await page.getByRole('button', { name: 'Sign assessment' }).click();
    await page.getByText(/^Sign now\? This cannot be undone/).waitFor();
    await expectNoAxeViolations(page, 'signing asks first');
    await page.getByRole('button', { name: 'Yes, sign it' }).click();
    await page.getByTestId('signed').waitFor();
    expect(await page.getByRole('button', { name: 'Record determination' }).count()).toBe(0);
    // The signed view says who signed and when, and keeps the six dimensions as rated, with reasons.
    expect(await page.getByTestId('signed').textContent()).toMatch(/^Signed by clinician@example\.test on /);
    const ratings = page.locator('section').filter({ has: page.getByRole('heading', { name: 'The six dimensions as rated' }) });
    expect(await ratings.getByRole('heading', { level: 3 }).count()).toBe(6);
    expect(await ratings.locator('.dimension-rating').first().textContent()).toMatch(/Rating \d of 4/);
    expect(await page.getByTestId('determination').textContent()).toContain('Withdrawal management');
    await expectNoAxeViolations(page, 'signed assessment');

    // The server agrees: signed, with the determination and the adjustment beside the engine's rating.
    const api = await h.apiAs('clinician');
    const list = await api.get<{ assessments: { id: string; signedAt: string | null }[] }>(`api/v1/people/${personId}/assessments`);
    expect(list.assessments).toHaveLength(1);
    expect(list.assessments[0]?.signedAt).not.toBeNull();
    const stored = await api.get<{ latestDetermination: { chosenLevel: string; adjustments: { dimension: number; rationale: string }[] } }>(
      `api/v1/people/${personId}/assessments/${list.assessments[0]?.id}`,
    );
    expect(stored.latestDetermination.chosenLevel).toBe(indicated);
    expect(stored.latestDetermination.adjustments[0]?.dimension).toBe(3);
  }, 120_000);

  it('records an admission on the timeline, with the server’s date error beside the field', async () => {
    const api = await h.apiAs('navigator');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Eli', familyName: 'Episode' });
    const page = await h.newPage();
    await h.signIn(page, 'navigator');
    await page.goto(`${h.staffUrl}#/people/${person.id}`);
    await page.getByRole('heading', { name: 'Eli Episode' }).waitFor();
    // The admission goes on the timeline; an end before the start comes back beside the end date.
    await page.locator('summary', { hasText: 'Record an episode of care' }).click();
    await page.getByLabel('Level of care', { exact: true }).selectOption('intensive-outpatient');
    await page.getByLabel('Started on').fill(daysAgo(0));
    await page.getByLabel('Ended on').fill(daysAgo(3));
    await page.getByRole('button', { name: 'Record episode' }).click();
    const ended = page.getByLabel('Ended on');
    await expect.poll(() => ended.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#episode-endedOn-error').textContent()).toContain('must not be before startedOn');
    await expectNoAxeViolations(page, 'episode form with a server error');
    await ended.fill('');
    await page.getByRole('button', { name: 'Record episode' }).click();
    await expect.poll(() => page.locator('.timeline-table tr[data-kind="episode-start"]').count()).toBe(1);
  });

  it('finds people by name with the name in the request body, never in an address', async () => {
    const api = await h.apiAs('navigator');
    await api.post('api/v1/people', { givenName: 'Noor', familyName: 'Searchable' });
    const page = await h.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await h.signIn(page, 'navigator');
    await page.getByLabel('Search by name').fill('searchab');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Noor Searchable' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'person' }).textContent()).toBe('1 person.');
    expect(urls.filter((u) => /searchab|noor/i.test(u))).toEqual([]);
    await expectNoAxeViolations(page, 'people search');
  });

  it('lays out the assessment at 360 px wide without sideways scrolling', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Ari', familyName: 'Narrow' });
    const a = await api.post<{ id: string }>(`api/v1/people/${person.id}/assessments`, { case: RESIDENTIAL_ADMISSION });
    const page = await h.newPage({ width: 360, height: 740 });
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/reassess/${a.id}`);
    await page.getByRole('heading', { name: 'Reassessment' }).waitFor();
    await page.locator('summary', { hasText: 'CIWA-Ar' }).click();
    expect(await noSideScroll(page)).toBe(true);
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/${a.id}`);
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    expect(await noSideScroll(page)).toBe(true);
  });

  it('changes an unsigned assessment as a new revision that replaces it', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Rae', familyName: 'Revised' });
    const first = await api.post<{ id: string }>(`api/v1/people/${person.id}/assessments`, { case: RESIDENTIAL_ADMISSION });
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/${first.id}`);
    await page.getByRole('link', { name: 'Change answers (new revision)' }).click();
    await page.getByRole('heading', { name: 'Change answers' }).waitFor();
    expect(await page.getByLabel('Age in years').inputValue()).toBe('29');
    await expectNoAxeViolations(page, 'change answers (revision)');
    await page.getByLabel('Age in years').fill('30');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    await expect.poll(() => page.locator('.page-lead').textContent()).toContain('revision 2');
    const list = await api.get<{ assessments: { id: string; revision: number; supersedes: string | null }[] }>(
      `api/v1/people/${person.id}/assessments`,
    );
    expect(list.assessments.find((x) => x.revision === 2)?.supersedes).toBe(first.id);
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/${first.id}`);
    await page.getByTestId('replaced').waitFor();
    expect(await page.getByRole('button', { name: 'Record determination' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'replaced revision');
  });

  it('asks for a variance reason beside the field when the chosen level differs (server error)', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Lee', familyName: 'Variance' });
    const a = await api.post<{ id: string }>(`api/v1/people/${person.id}/assessments`, { case: RESIDENTIAL_ADMISSION });
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/${a.id}`);
    await page.getByLabel('Chosen level', { exact: true }).selectOption('intensive-outpatient');
    await page.getByRole('button', { name: 'Record determination' }).click();
    const reason = page.getByLabel('Reason the chosen level differs');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#determination-varianceReason-error').textContent()).toContain('is required when the chosen level differs');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('determination-varianceReason');
  });

  it('(b) steps a person down from residential to IOP at reassessment, recorded and on the timeline', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Sam', familyName: 'Stepdown' });
    const admission = await api.post<{ id: string; indicatedLevel: string }>(`api/v1/people/${person.id}/assessments`, {
      case: RESIDENTIAL_ADMISSION,
    });
    expect(admission.indicatedLevel).toBe('residential-high');
    await api.post(`api/v1/people/${person.id}/assessments/${admission.id}/determination`, { chosenLevel: 'residential-high' });
    await api.post(`api/v1/people/${person.id}/assessments/${admission.id}/sign`);
    await api.post(`api/v1/people/${person.id}/episodes`, { level: 'residential-high', startedOn: daysAgo(30) });

    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}`);
    await page.getByRole('link', { name: 'Reassess' }).click();
    await page.getByRole('heading', { name: 'Reassessment' }).waitFor();
    // The previous answers are pulled forward; change what is different thirty days on.
    expect(await page.getByLabel('Days used in the last 30').inputValue()).toBe('30');
    await page.getByLabel('Days used in the last 30').fill('0');
    await page.getByLabel('Hours since last use').fill('720');
    // Exact names: a carried-forward answer has a "Confirm: <its label>" button beside it.
    await page.getByLabel('Withdrawal now', { exact: true }).selectOption('none');
    await page.getByLabel('COWS total from the chart', { exact: true }).fill('');
    await page.getByLabel('Cravings', { exact: true }).selectOption('low');
    await choose(page, 'Someone at home uses', 'No');
    await page.getByLabel('Support', { exact: true }).selectOption('some');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('heading', { name: 'Assessment', exact: true }).waitFor();
    expect(await page.getByTestId('indicated-level').first().getAttribute('data-level')).toBe('intensive-outpatient');

    // The continued-stay review: residential now, the engine advises a step down to IOP and says why.
    const advice = page.getByTestId('transition-advice');
    await advice.waitFor();
    expect(await page.getByLabel('Current level').inputValue()).toBe('residential-high');
    expect(await advice.getAttribute('data-action')).toBe('step-down');
    expect(await advice.getAttribute('data-to')).toBe('intensive-outpatient');
    expect(await advice.textContent()).toContain('Risk of relapse or continued use');
    expect(await advice.textContent()).toContain('Home and recovery environment');
    await expectNoAxeViolations(page, 'reassessment with continued-stay review');

    await page.getByLabel('Chosen level', { exact: true }).selectOption('intensive-outpatient');
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page.getByTestId('determination').waitFor();
    await page.getByRole('button', { name: 'Sign assessment' }).click();
    await page.getByRole('button', { name: 'Yes, sign it' }).click();
    await page.getByTestId('signed').waitFor();
    await page.getByRole('button', { name: 'Record transition' }).click();
    const recorded = page.getByTestId('recorded-transition');
    await recorded.waitFor();
    expect(await recorded.getAttribute('data-action')).toBe('step-down');
    expect(await recorded.getAttribute('data-to')).toBe('intensive-outpatient');
    await expectNoAxeViolations(page, 'signed reassessment with its recorded transition');

    await page.getByRole('link', { name: 'Back to the record' }).click();
    const table = page.locator('.timeline-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tr[data-kind="transition"]').textContent()).toContain('Step down');
    expect(await table.locator('tr[data-kind="episode-start"]').last().textContent()).toContain('Intensive outpatient');
    expect(await table.locator('tr[data-kind="episode-end"]').first().textContent()).toContain('Residential treatment');
    // Today's reassessment comes before the step down it led to, effective today.
    const kinds = await table.locator('tr[data-kind]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
    expect(kinds.lastIndexOf('assessment')).toBeLessThan(kinds.lastIndexOf('transition'));
    expect(kinds.lastIndexOf('transition')).toBeLessThan(kinds.lastIndexOf('episode-start'));
    await page.locator('.timeline-chart svg').first().waitFor();
    // The level axis names levels; the date axis never says the same day twice.
    const ticks = page.locator('.timeline-chart .recharts-cartesian-axis-tick-value');
    // Long names wrap onto lines of their own (text spans), so the short ones are the easiest to find.
    await expect.poll(async () => (await ticks.allTextContents()).join(' | ')).toContain('Hospital care');
    const labels = await ticks.allTextContents();
    expect(labels).toContain('Outpatient');
    expect(labels.join(' | ')).not.toMatch(/(^|\| )[1-4]\.\d( |$)/);
    const dates = labels.filter((l) => /\d{4}/.test(l));
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates).size).toBe(dates.length);
    await expectNoAxeViolations(page, 'person record with timeline');
    const w360 = await h.newPage({ width: 360, height: 740 });
    await h.signIn(w360, 'clinician');
    await w360.goto(`${h.staffUrl}#/people/${person.id}`);
    await w360.locator('.timeline-table').waitFor();
    expect(await noSideScroll(w360)).toBe(true);
  }, 120_000);

  it('(c) keeps program staff out of a record without consent, and the audit log shows the denied attempt', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Pat', familyName: 'Private' });
    const page = await h.newPage();
    await h.signIn(page, 'program-staff');
    await page.goto(`${h.staffUrl}#/people/${person.id}`);
    await page.getByRole('heading', { name: 'Record not shared with your program' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Private');
    await expectNoAxeViolations(page, 'no-consent refusal');

    const admin = await h.apiAs('admin');
    const audit = await admin.get<{ events: { action: string; actorId: string | null; personId: string | null }[] }>(
      `api/v1/audit-events?personId=${person.id}`,
    );
    const denied = audit.events.filter((e) => e.action === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((e) => e.actorId === h.users['program-staff'].id)).toBe(true);

    // With a live consent to their program that shares demographics, the same page opens.
    await api.post('api/v1/consents', {
      personId: person.id,
      programId: h.programId,
      purpose: 'referral',
      shares: ['demographics', 'assessments', 'timeline'],
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Pat Private' }).waitFor();
    await page.locator('.timeline-table, #timeline-heading ~ p').first().waitFor();
    await expectNoAxeViolations(page, 'record opened by program staff with consent');
  });
});
