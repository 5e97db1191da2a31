import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { personWithDecision, referralOverApi, requestAs } from './care-setup.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

// A referral to a program with its own FHIR system that cannot be reached: the board and the referral
// page say it is retrying, when, and why, and a clinician's "try again" brings it forward.
describe.skipIf(!HAVE_CHROMIUM)('delivery to a program\u2019s system in Chromium against the real server', () => {
  let h: StaffHarness;
  beforeAll(async () => {
    h = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a retrying delivery on the board and the page, and the page\u2019s try again sends it again', async () => {
    // A loopback port that was just free: nothing listens there, so every attempt is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const put = await requestAs(h, 'admin', 'PUT', `api/v1/programs/${h.programId}/fhir-endpoint`, {
      baseUrl: `http://127.0.0.1:${port}/fhir`,
      auth: 'none',
    });
    expect(put.status).toBe(200);
    const who = await personWithDecision(h, 'Teodora', 'Vance-Rue');
    const r = await referralOverApi(h, who.personId);
    await h.fhirDelivery.runOnce();

    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/referrals`);
    const card = page.getByRole('article').filter({ hasText: 'Teodora' });
    await card.getByText("Not in the program's system yet").waitFor();
    expect(await card.textContent()).toContain("could not reach the program's system (ECONNREFUSED)");
    await expectNoAxeViolations(page, 'referral board with a retrying delivery');

    await page.goto(`${h.staffUrl}#/referrals/${r.id}`);
    await page.getByText('Last try (1 so far)').waitFor();
    const before = (
      await h.database.db.selectFrom('fhir_deliveries').select('next_attempt_at').where('referral_id', '=', r.id).executeTakeFirstOrThrow()
    ).next_attempt_at;
    await page.getByRole('button', { name: 'Try sending again' }).click();
    await page.getByRole('status').filter({ hasText: 'Sending again now.' }).waitFor();
    const after = (
      await h.database.db.selectFrom('fhir_deliveries').select('next_attempt_at').where('referral_id', '=', r.id).executeTakeFirstOrThrow()
    ).next_attempt_at;
    expect(after < before).toBe(true);
    await expectNoAxeViolations(page, 'referral page with a retrying delivery');
  });

  it('shows a cancellation the program\u2019s system has not taken yet, and its try again', async () => {
    // The referral is in the program's system (as an earlier delivery left it), which now cannot be reached.
    const who = await personWithDecision(h, 'Casimir', 'Oduya-Lund');
    const r = await referralOverApi(h, who.personId);
    await h.database.db
      .updateTable('fhir_deliveries')
      .set({ status: 'delivered', attempts: 1, peer_task_id: 'their-task-1', delivered_at: new Date().toISOString() })
      .where('referral_id', '=', r.id)
      .execute();
    const cancelled = await requestAs(h, 'clinician', 'PATCH', `api/v1/referrals/${r.id}`, { status: 'cancelled' }, r.version);
    expect(cancelled.status).toBe(200);
    await h.fhirDelivery.runOnce();

    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/referrals/${r.id}`);
    await page.getByText("The program's system has not taken the cancellation yet").waitFor();
    expect(await page.textContent('main')).toContain("could not reach the program's system (ECONNREFUSED)");
    await page.getByRole('button', { name: 'Try sending again' }).click();
    await page.getByRole('status').filter({ hasText: 'Sending again now.' }).waitFor();
    await expectNoAxeViolations(page, 'referral page with a cancellation not yet taken');
  });
});
