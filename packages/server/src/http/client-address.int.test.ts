import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, PASSWORD, startTestApp, TEST_DIALECTS, userWithToken, type TestDatabase } from '../test-support/harness.js';
import type { TrustedProxies } from './client-address.js';

// Issue 11, finding 3: `--behind-tls-proxy` trusted every X-Forwarded-For hop, so a client named its
// own address: a fresh one per guess slipped the sign-in limiter, and any one went into the audit log.
describe.each(TEST_DIALECTS)('the client address behind proxies on %s', (dialect) => {
  let t: TestDatabase;
  let email: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    email = (await userWithToken(t.database, 'navigator')).email;
  });
  afterAll(() => t.dispose());

  /** Sign in through an app trusting `trust`, from `socket`, with the header a client (and proxy) sent. */
  async function loginIp(trust: TrustedProxies | undefined, socket: string, forwardedFor?: string): Promise<string> {
    const s = await startTestApp(t, { ...(trust !== undefined ? { trustProxy: trust } : {}), loginAttemptsPerMinute: 1000 });
    try {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: socket,
        headers: forwardedFor !== undefined ? { 'x-forwarded-for': forwardedFor } : {},
        payload: { email, password: PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      const row = await t.database.db
        .selectFrom('audit_events')
        .select('ip')
        .where('action', '=', 'login')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      return row.ip;
    } finally {
      await s.close();
    }
  }

  it('trusts one hop: the address the proxy appended, never one the client wrote before it', async () => {
    expect(await loginIp(1, '10.0.0.2', '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('trusts named proxy addresses: the first address from the right that is not one of them', async () => {
    expect(await loginIp(['10.0.0.0/8'], '10.0.0.2', '6.6.6.6, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    // A client that is not a proxy cannot speak for anyone.
    expect(await loginIp(['10.0.0.0/8'], '198.51.100.4', '6.6.6.6')).toBe('198.51.100.4');
  });

  it('ignores X-Forwarded-For without a proxy setting', async () => {
    expect(await loginIp(undefined, '198.51.100.5', '6.6.6.6')).toBe('198.51.100.5');
  });

  it('counts sign-in attempts per real address even when each claims another', async () => {
    const s = await startTestApp(t, { trustProxy: 1, loginAttemptsPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const res = await s.app.inject({
          method: 'POST',
          url: '/api/v1/session',
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.50` },
          payload: { email: 'nobody@example.test', password: 'wrong password!' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await s.close();
    }
  });

  // Finding 5: a long X-Forwarded-For overflowed the audit ip column (varchar(64)): a 500 on PostgreSQL.
  it('stores a bounded address whatever the header holds', async () => {
    expect(await loginIp(1, '10.0.0.2', '1'.repeat(10_000))).toBe('unknown');
    expect(await loginIp(1, '10.0.0.2', 'not an address')).toBe('unknown');
  });
});
