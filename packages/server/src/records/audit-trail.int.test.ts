import { mayAct } from '@carelevel/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTORS,
  ENDPOINTS as API_ENDPOINTS,
  setUpActors,
  type Actor,
  type ExpectedAudit,
  type Fixture,
} from '../test-support/endpoints.js';
import { FHIR_ENDPOINTS } from '../test-support/fhir-endpoints.js';
import { asToken, openTestDatabase, startTestApp, TEST_DIALECTS, type TestApp, type TestDatabase } from '../test-support/harness.js';

/** The FHIR API reaches the same records, through the same door: its routes leave the same rows. */
const ENDPOINTS = [...API_ENDPOINTS, ...FHIR_ENDPOINTS];

const ROLE_OF: Readonly<Record<Actor, 'admin' | 'clinician' | 'navigator' | 'program-staff' | undefined>> = {
  anonymous: undefined,
  admin: 'admin',
  clinician: 'clinician',
  navigator: 'navigator',
  'staff-with-consent': 'program-staff',
  'staff-without-consent': 'program-staff',
};

const shown = (rows: readonly ExpectedAudit[]): string[] =>
  rows.map((r) => `${r.action} ${r.entityType} ${r.entityId} (person ${String(r.personId)})`);

// Every route that touches a person's record, called as every role and signed out: an allowed call
// leaves exactly the rows of what it read or wrote, a caller refused the record leaves exactly one
// `denied` row, and a caller whose role may not call the route at all leaves none. The routes are
// found from what each one declares (config.personData), so a new one cannot be left out.
describe.each(TEST_DIALECTS)('the audit trail of every route to a person\u2019s record, on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let tokens: ReadonlyMap<Actor, string | undefined>;
  let userIds: ReadonlyMap<Actor, string>;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    s = await startTestApp(t);
    ({ tokens, userIds, fixture } = await setUpActors(t, s));
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const personRoutes = (): string[] => [...s.app.accessTable].filter(([, a]) => a.personData).map(([key]) => key);

  it('has an audit expectation for every route that declares it touches a person\u2019s record, and for no other', () => {
    const expected = ENDPOINTS.filter((e) => e.audit).map((e) => `${e.method ?? ''} ${e.route.replace(/\{(\w+)\}/g, ':$1')}`);
    expect(expected.sort()).toEqual(personRoutes().sort());
    expect(expected.length).toBeGreaterThanOrEqual(24);
  });

  const lastSeq = async (): Promise<number> =>
    Number(
      (
        await t.database.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirst()
      )?.seq ?? 0,
    );

  for (const e of ENDPOINTS.filter((x) => x.audit)) {
    it(`${e.method ?? ''} ${e.route}`, async () => {
      const admin = asToken(s.app, tokens.get('admin'));
      const access = s.app.accessTable.get(`${e.method ?? ''} ${e.route.replace(/\{(\w+)\}/g, ':$1')}`)?.access;
      for (const actor of ACTORS) {
        const req = await e.prepare(fixture, admin);
        const before = await lastSeq();
        const res = await asToken(s.app, tokens.get(actor))(req);
        const rows = await t.database.db
          .selectFrom('audit_events')
          .select(['action', 'entity_type', 'entity_id', 'person_id', 'actor_id', 'ip'])
          .where('seq', '>', before)
          .orderBy('seq')
          .execute();
        const role = ROLE_OF[actor];
        const mayTry = role !== undefined && access !== undefined && access !== 'public' && mayAct(role, access);
        const call = { f: fixture, req, res, database: t.database };
        const expected = res.statusCode < 300 ? await e.audit?.(call) : mayTry ? ((await e.denied?.(call)) ?? []) : [];
        const what = `${actor} → ${res.statusCode}`;
        expect(
          shown(rows.map((r) => ({ action: r.action, entityType: r.entity_type, entityId: r.entity_id, personId: r.person_id }))),
          what,
        ).toEqual(shown(expected ?? []));
        for (const r of rows) {
          expect(r.actor_id, what).toBe(userIds.get(actor));
          expect(r.ip, what).not.toBe('');
        }
      }
    });
  }
});
