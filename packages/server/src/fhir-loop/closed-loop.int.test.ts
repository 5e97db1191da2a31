import type { Bundle, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCase } from '../test-support/cases.js';
import { startFhirPeer, type FhirPeer } from '../test-support/fhir-peer.js';
import { expectValidFhir } from '../test-support/fhir-validation.js';
import {
  asToken,
  consentBody,
  openTestDatabase,
  startTestApp,
  TEST_DIALECTS,
  userWithToken,
  type TestApp,
  type TestDatabase,
} from '../test-support/harness.js';
import { PART2_SECURITY } from '../fhir/part2-labels.js';
import { REFERRAL_ID_SYSTEM } from '../fhir/referral-resources.js';
import { claimDueDeliveries } from './delivery-store.js';
import { DELIVERY_ACTOR, programSystemActor } from './system-actors.js';

const PEER_TOKEN = 'peer-bearer-secret';
type Api = ReturnType<typeof asToken>;

// The closed loop against a real FHIR server: carelevel sends each referral to the program's system
// as a transaction, the test acts as that system (reads its Task, accepts, rejects, completes), and
// carelevel's referral moves as the inbox would move it, audited as the program's system. Time is a
// clock the test turns, never a sleep.
describe.each(TEST_DIALECTS)('closing the loop with a program\u2019s FHIR system, on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let peer: FhirPeer;
  let admin: Api;
  let clinician: Api;
  let personId: string;
  let programId: string;
  let secret: string;
  let offset = 0;
  const clock = (): Date => new Date(Date.now() + offset);
  const later = (ms: number): void => void (offset += ms);
  const options = { fhirDelivery: { clock, random: () => 0.5, settings: { pollEveryMs: 60_000, holdMs: 120_000 } } };

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t, options);
    peer = await startFhirPeer(PEER_TOKEN);
    admin = asToken(s.app, (await userWithToken(t.database, 'admin')).token);
    clinician = asToken(s.app, (await userWithToken(t.database, 'clinician')).token);
    programId = (await t.database.db.selectFrom('directory_programs').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const put = await admin({
      method: 'PUT',
      url: `/api/v1/programs/${programId}/fhir-endpoint`,
      payload: { baseUrl: peer.url, auth: 'bearer', bearerToken: PEER_TOKEN },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.body).not.toContain(PEER_TOKEN);
    secret = put.json<{ notificationSecret: string }>().notificationSecret;
    personId = (
      await clinician({
        method: 'POST',
        url: '/api/v1/people',
        payload: { givenName: 'Ines', familyName: 'Marlow', birthDate: '1990-02-03' },
      })
    ).json<{ id: string }>().id;
    const a = (await clinician({ method: 'POST', url: `/api/v1/people/${personId}/assessments`, payload: { case: devCase() } })).json<{
      id: string;
    }>().id;
    expect((await clinician({ method: 'POST', url: `/api/v1/people/${personId}/assessments/${a}/sign` })).statusCode).toBe(200);
    expect((await clinician({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await s.close();
    await peer.close();
    await t.dispose();
  });

  const refer = async (): Promise<string> => {
    const res = await clinician({
      method: 'POST',
      url: '/api/v1/referrals',
      payload: { personId, programIds: [programId], urgency: 'soon' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ referrals: { id: string }[] }>().referrals[0]?.id ?? '';
  };
  const referral = async (id: string) =>
    (await clinician({ method: 'GET', url: `/api/v1/referrals/${id}` })).json<{
      status: string;
      reason: string | null;
      transitions: { to: string; by: string }[];
      delivery?: { state: string; attempts: number; nextAttemptAt: string | null; lastError: string | null };
    }>();
  const deliveryRow = (id: string) =>
    t.database.db.selectFrom('fhir_deliveries').selectAll().where('referral_id', '=', id).executeTakeFirstOrThrow();
  const peerTask = async (id: string): Promise<Task> => peer.readTask((await deliveryRow(id)).peer_task_id ?? '');
  const auditsOf = (id: string) =>
    t.database.db.selectFrom('audit_events').select(['action', 'actor_id', 'ip']).where('entity_id', '=', id).orderBy('seq').execute();
  /** The program's system changes its Task; a moment passes first, so `_lastUpdated=gt…` sees it. */
  const programSets = async (id: string, change: Partial<Task>): Promise<void> => {
    await new Promise((r) => setTimeout(r, 5));
    await peer.updateTask({ ...(await peerTask(id)), ...change });
  };

  it('sends a referral as a valid transaction Bundle, labelled for Part 2, and keeps the peer\u2019s Task id', async () => {
    const id = await refer();
    expect((await referral(id)).delivery?.state).toBe('sending');
    await s.app.fhirDelivery.runOnce();
    const row = await deliveryRow(id);
    expect(row.status).toBe('delivered');
    const sent = peer.transactions.at(-1) as Bundle;
    expectValidFhir(sent);
    expect(sent.type).toBe('transaction');
    const types = (sent.entry ?? []).map((e) => e.resource?.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Patient', 'ServiceRequest', 'Task', 'Consent', 'Observation']));
    for (const e of sent.entry ?? []) expect(e.resource?.meta?.security).toEqual(expect.arrayContaining([...PART2_SECURITY]));
    const task = await peerTask(id);
    expect(task.status).toBe('requested');
    expect(task.identifier).toContainEqual({ system: REFERRAL_ID_SYSTEM, value: id });
    // The bundle's urn:uuid references became the peer's own links.
    expect(task.focus?.reference).toMatch(/^ServiceRequest\//);
    expect(task.for?.reference).toMatch(/^Patient\//);
    expect((await referral(id)).delivery?.state).toBe('delivered');
    // What was disclosed was read as the delivery worker, and audited.
    const reads = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('actor_id', '=', DELIVERY_ACTOR)
      .execute();
    expect(reads.map((r) => `${r.action} ${r.entity_type}`)).toEqual(expect.arrayContaining(['read referral', 'read person']));
  });

  it('moves the referral when the program accepts and then completes it, audited as the program\u2019s system', async () => {
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    await programSets(id, { status: 'accepted', businessStatus: { text: 'Intake booked' } });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    const accepted = await referral(id);
    expect(accepted.status).toBe('accepted');
    const actor = programSystemActor(programId);
    expect(accepted.transitions.slice(1).map((x) => `${x.to} by ${x.by === actor ? 'program system' : x.by}`)).toEqual([
      'received by program system',
      'accepted by program system',
    ]);
    await programSets(id, { status: 'completed', executionPeriod: { start: new Date().toISOString().slice(0, 10) } });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).status).toBe('completed');
    const moves = (await auditsOf(id)).filter((a) => a.action === 'transition');
    expect(moves).toHaveLength(4);
    expect(moves.every((m) => m.actor_id === actor && m.ip === 'fhir-peer')).toBe(true);
  });

  it('takes a rejection with its reason from a subscription notification, authenticated per program', async () => {
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    const task = await peerTask(id);
    await programSets(id, { status: 'rejected', statusReason: { text: 'no beds this month' } });
    const notification: Bundle = {
      resourceType: 'Bundle',
      type: 'history',
      entry: [
        {
          fullUrl: 'urn:uuid:5a1e7d5e-0000-4000-8000-000000000001',
          resource: {
            resourceType: 'Parameters',
            parameter: [
              { name: 'type', valueCode: 'event-notification' },
              {
                name: 'notification-event',
                part: [
                  { name: 'event-number', valueString: '1' },
                  { name: 'focus', valueReference: { reference: `Task/${task.id ?? ''}` } },
                ],
              },
            ],
          },
        },
      ],
    };
    const url = `/fhir/R4/subscription-notification/${programId}`;
    const wrong = await s.app.inject({
      method: 'POST',
      url,
      headers: { authorization: 'Bearer nope', 'content-type': 'application/fhir+json' },
      payload: notification,
    });
    expect(wrong.statusCode).toBe(401);
    expect((await referral(id)).status).toBe('requested');
    const res = await s.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/fhir+json' },
      payload: notification,
    });
    expect(res.statusCode, res.body).toBe(200);
    const declined = await referral(id);
    expect(declined.status).toBe('declined');
    expect(declined.reason).toBe('no beds this month');
  });

  it('ignores a stale or illegal change with a warning that names no one', async () => {
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    await programSets(id, { status: 'accepted' });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    // Back to the wait list after accepting is no move of the inbox; a rejection without a reason neither.
    await programSets(id, { status: 'on-hold' });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    await programSets(id, { status: 'rejected' });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).status).toBe('accepted');
    expect(s.logs.filter((l) => l.includes('peer task change ignored') && l.includes(id))).toHaveLength(2);
    const warning = s.logs.find((l) => l.includes('peer task change ignored') && l.includes(id));
    expect(warning).toBeDefined();
    expect(s.logs.join('\n')).not.toMatch(/Ines|Marlow|1990-02-03/);
  });

  it('retries a peer that is down with backoff, and delivers once it is back', async () => {
    peer.mode = { status: 'failing', code: 503 };
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    let seen = await referral(id);
    expect(seen.delivery).toMatchObject({ state: 'retrying', attempts: 1, lastError: "the program's system had an error (503)" });
    // Equal jitter at 0.5: three quarters of 30 s.
    expect(Date.parse(seen.delivery?.nextAttemptAt ?? '') - clock().getTime()).toBeGreaterThan(22_000);
    await s.app.fhirDelivery.runOnce();
    expect((await deliveryRow(id)).attempts).toBe(1);
    await peer.stop();
    later(23_000);
    await s.app.fhirDelivery.runOnce();
    seen = await referral(id);
    expect(seen.delivery).toMatchObject({ state: 'retrying', attempts: 2 });
    expect(seen.delivery?.lastError).toMatch(/could not reach the program's system/);
    await peer.restart();
    peer.mode = { status: 'up' };
    later(46_000);
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).delivery).toMatchObject({ state: 'delivered', attempts: 3 });
  });

  it('stops for a person on a refusal, and a clinician\u2019s try again sends it', async () => {
    peer.mode = { status: 'failing', code: 422 };
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).delivery).toMatchObject({
      state: 'needs-attention',
      lastError: "the program's system refused the referral (422)",
    });
    peer.mode = { status: 'up' };
    later(3_600_000);
    await s.app.fhirDelivery.runOnce();
    expect((await deliveryRow(id)).status).toBe('needs-attention');
    const retry = await clinician({ method: 'POST', url: `/api/v1/referrals/${id}/delivery/retry` });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json<{ state: string }>().state).toBe('sending');
    expect((await auditsOf((await deliveryRow(id)).id)).map((a) => a.action)).toEqual(['update']);
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).delivery?.state).toBe('delivered');
  });

  it('loses nothing when an instance dies holding a delivery, and two instances never send one twice', async () => {
    const id = await refer();
    // An instance takes the row and dies before sending it.
    expect(
      (await claimDueDeliveries(t.database.db, clock().toISOString(), new Date(clock().getTime() + 120_000).toISOString(), 10)).map(
        (r) => r.referral_id,
      ),
    ).toContain(id);
    const second = await startTestApp(t, options);
    try {
      await second.app.fhirDelivery.runOnce();
      expect((await deliveryRow(id)).status).toBe('pending');
      later(121_000);
      const before = peer.transactions.length;
      const more = [await refer(), await refer()];
      await Promise.all([s.app.fhirDelivery.runOnce(), second.app.fhirDelivery.runOnce()]);
      for (const r of [id, ...more]) expect((await deliveryRow(r)).status).toBe('delivered');
      expect(peer.transactions.length - before).toBe(3);
    } finally {
      await second.close();
    }
  });

  it('tells the program\u2019s system when the care team cancels a referral it already has, without the clinician\u2019s words', async () => {
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    await programSets(id, { status: 'accepted' });
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    const accepted = await clinician({ method: 'GET', url: `/api/v1/referrals/${id}` });
    const cancelled = await clinician({
      method: 'PATCH',
      url: `/api/v1/referrals/${id}`,
      headers: { 'if-match': String(accepted.headers.etag) },
      payload: { status: 'cancelled', reason: 'Ines chose a program nearer her sister' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await referral(id)).delivery).toMatchObject({ state: 'cancelling', attempts: 0 });
    // The program's system is down at first: the cancellation waits and is tried again, as a delivery is.
    peer.mode = { status: 'failing', code: 503 };
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).delivery).toMatchObject({
      state: 'cancelling',
      attempts: 1,
      lastError: "the program's system had an error (503)",
    });
    peer.mode = { status: 'up' };
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    const task = await peerTask(id);
    expectValidFhir(task);
    expect(task.status).toBe('cancelled');
    expect(task.businessStatus?.coding?.[0]?.code).toBe('cancelled');
    expect(JSON.stringify(task)).not.toContain('sister');
    expect((await referral(id)).delivery).toMatchObject({ state: 'cancel-delivered', lastError: null });
    // Once cancelled there, the referral is no longer followed: nothing moves it back.
    later(60_000);
    await s.app.fhirDelivery.runOnce();
    expect((await referral(id)).status).toBe('cancelled');
  });

  it('leaves a Task the program already ended as it is', async () => {
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    await programSets(id, { status: 'rejected', statusReason: { text: 'No beds' } });
    // carelevel cancels before it has polled the rejection.
    const read = await clinician({ method: 'GET', url: `/api/v1/referrals/${id}` });
    const cancelled = await clinician({
      method: 'PATCH',
      url: `/api/v1/referrals/${id}`,
      headers: { 'if-match': String(read.headers.etag) },
      payload: { status: 'cancelled', reason: 'no longer needed' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await s.app.fhirDelivery.runOnce();
    expect((await peerTask(id)).status).toBe('rejected');
    expect((await referral(id)).delivery?.state).toBe('cancel-delivered');
  });

  it('registers only https program servers (plain http only on loopback), and only on the operator\u2019s hosts when listed', async () => {
    const put = (baseUrl: string, api: Api = admin) =>
      api({ method: 'PUT', url: `/api/v1/programs/${programId}/fhir-endpoint`, payload: { baseUrl, auth: 'none' } });
    const plain = await put('http://ehr.example.org/fhir');
    expect(plain.statusCode).toBe(400);
    expect(plain.json()).toMatchObject({ errors: [{ path: ['body', 'baseUrl'], message: expect.stringContaining('https') }] });
    const listed = await startTestApp(t, { ...options, fhirEndpointHosts: ['*.clinic.example'] });
    try {
      const listedAdmin = asToken(listed.app, (await userWithToken(t.database, 'admin')).token);
      const elsewhere = await put('https://10.0.0.5/fhir', listedAdmin);
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json()).toMatchObject({ errors: [{ path: ['body', 'baseUrl'], message: expect.stringContaining('10.0.0.5') }] });
      // The endpoint registered earlier (loopback) stays usable; nothing was changed by the refusals.
      const kept = await admin({ method: 'GET', url: `/api/v1/programs/${programId}/fhir-endpoint` });
      expect(kept.json<{ baseUrl: string }>().baseUrl).toBe(peer.url);
    } finally {
      await listed.close();
    }
  });

  it('authenticates to a program\u2019s server by SMART Backend Services: a key it made, a signed assertion, a token kept and got again', async () => {
    const put = (payload: object) =>
      admin({ method: 'PUT', url: `/api/v1/programs/${programId}/fhir-endpoint`, payload: { baseUrl: peer.url, ...payload } });
    const missing = await put({ auth: 'smart-backend' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ errors: [{ path: ['body', 'clientId'] }] });
    expect((await put({ auth: 'bearer', bearerToken: PEER_TOKEN, clientId: 'x' })).json()).toMatchObject({
      errors: [{ path: ['body', 'clientId'] }],
    });
    const registered = await put({ auth: 'smart-backend', clientId: 'carelevel-at-program' });
    expect(registered.statusCode, registered.body).toBe(200);
    const endpoint = registered.json<{ scope: string; publicJwks: { keys: Record<string, string>[] } }>();
    expect(endpoint.scope).toContain('system/Task.crus');
    expect(endpoint.publicJwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-384', alg: 'ES384', use: 'sig' });
    expect(JSON.stringify(endpoint)).not.toMatch(/"d":/);
    peer.registerClient('carelevel-at-program', endpoint.publicJwks);

    const first = await refer();
    const second = await refer();
    await s.app.fhirDelivery.runOnce();
    expect((await deliveryRow(first)).status).toBe('delivered');
    expect((await deliveryRow(second)).status).toBe('delivered');
    // One token for both sends and the polls after them.
    expect(peer.tokenRequests.filter((r) => r.granted)).toHaveLength(1);
    expect(peer.tokenRequests[0]?.scope).toBe(endpoint.scope);

    // The program's server forgets its tokens: carelevel is refused once, gets a new one, and goes on.
    peer.revokeTokens();
    const third = await refer();
    await s.app.fhirDelivery.runOnce();
    expect((await deliveryRow(third)).status).toBe('delivered');
    expect(peer.tokenRequests.filter((r) => r.granted)).toHaveLength(2);

    // A new key not yet registered there: the token request is refused and the delivery waits for a person.
    const rekeyed = await put({ auth: 'smart-backend', newClientKey: true });
    expect(rekeyed.json<{ publicJwks: { keys: { kid: string }[] } }>().publicJwks.keys[0]?.kid).not.toBe(endpoint.publicJwks.keys[0]?.kid);
    const fourth = await refer();
    await s.app.fhirDelivery.runOnce();
    expect(await deliveryRow(fourth)).toMatchObject({
      status: 'needs-attention',
      last_error: "the program's system refused carelevel's credentials (401)",
    });

    // Back to the bearer token the other tests use.
    expect((await put({ auth: 'bearer', bearerToken: PEER_TOKEN })).statusCode).toBe(200);
  });

  // Last: it ends the person's consent to the program.
  it('sends nothing once the person’s consent is no longer live (42 CFR Part 2)', async () => {
    const id = await refer();
    const consentId = (await t.database.db.selectFrom('referrals').select('consent_id').where('id', '=', id).executeTakeFirstOrThrow())
      .consent_id;
    // The consent runs out between the referral and the send.
    await t.database.db
      .updateTable('consents')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', consentId)
      .execute();
    const before = peer.transactions.length;
    await s.app.fhirDelivery.runOnce();
    expect(peer.transactions.length).toBe(before);
    expect(await deliveryRow(id)).toMatchObject({
      status: 'needs-attention',
      last_error: "not sent: the person's consent to this program is no longer live",
    });
  });

  // After the expiry above: a new consent, then its revocation.
  it('tells the program\u2019s system when the person revokes the consent a delivered referral was made under (42 CFR Part 2)', async () => {
    expect((await clinician({ method: 'POST', url: '/api/v1/consents', payload: consentBody(personId, programId) })).statusCode).toBe(201);
    const id = await refer();
    await s.app.fhirDelivery.runOnce();
    expect((await deliveryRow(id)).status).toBe('delivered');
    const consentId = (await t.database.db.selectFrom('referrals').select('consent_id').where('id', '=', id).executeTakeFirstOrThrow())
      .consent_id;
    const revoked = await clinician({ method: 'POST', url: `/api/v1/consents/${consentId}/revoke` });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await referral(id)).status).toBe('cancelled');
    expect((await deliveryRow(id)).status).toBe('cancel-due');
    await s.app.fhirDelivery.runOnce();
    expect((await peerTask(id)).status).toBe('cancelled');
    expect((await deliveryRow(id)).status).toBe('cancel-sent');
  });
});
