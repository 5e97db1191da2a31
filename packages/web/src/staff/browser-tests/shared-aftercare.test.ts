import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { personWithDecision, requestAs } from './care-setup.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const PLAN = {
  format: 'carelevel-aftercare/1',
  components: [{ kind: 'support-groups', details: 'Meets near home on weeknights.' }],
  relapsePrevention: { triggers: ['Payday weekends'], copingSteps: ['Call my sister'], peopleToCall: [], warningSigns: [] },
  crisisPlan: { steps: ['Call 988'], contacts: [] },
  followUpDays: 7,
  language: 'en',
};

describe.skipIf(!HAVE_CHROMIUM)('program staff and the aftercare plan, in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A person referred to the program-staff user's program under a consent that shares these parts. */
  const referredSharing = async (given: string, shares: string[]): Promise<{ personId: string; referralId: string }> => {
    const who = await personWithDecision(h, given, 'Lindqvist-Obi');
    expect((await requestAs(h, 'clinician', 'PUT', `api/v1/people/${who.personId}/aftercare-plan`, { plan: PLAN })).status).toBe(201);
    const sent = await (
      await h.apiAs('navigator')
    ).post<{ referrals: { id: string }[] }>('api/v1/referrals', {
      personId: who.personId,
      programIds: [h.programId],
      consent: { purpose: 'continuing-care', shares, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    });
    return { personId: who.personId, referralId: sent.referrals[0]?.id ?? '' };
  };

  it('opens the plan from the referral when the consent shares it, read only, and says so plainly when it does not', async () => {
    const shared = await referredSharing('Maren', ['demographics', 'aftercare']);
    const page = await h.newPage();
    await h.signIn(page, 'program-staff');
    await page.goto(`${h.staffUrl}#/referrals/${shared.referralId}`);
    await page.getByRole('link', { name: 'Aftercare plan' }).click();
    await page.getByRole('heading', { name: 'Aftercare plan', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'The person’s copy' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Payday weekends');
    expect(await page.getByRole('button', { name: 'Save plan' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Clinician copy (PDF)' }).waitFor();
    await expectNoAxeViolations(page, 'aftercare plan shared with program staff');

    const notShared = await referredSharing('Ilse', ['demographics']);
    await page.goto(`${h.staffUrl}#/people/${notShared.personId}/aftercare`);
    await page.locator('main .notice--error').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Payday weekends');
  });
});
