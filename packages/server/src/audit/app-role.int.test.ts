import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { asToken, startTestApp, userWithToken, type TestDatabase } from '../test-support/harness.js';
import { appMigrations, grantAppRole, openAppDatabase as openServerDatabase, type AppDatabase } from '@carelevel/storage';

const url = process.env.DATABASE_URL;

/** The same database as another role (trust authentication on loopback, as in CI and development). */
const as = (role: string): string => {
  const u = new URL(url ?? '');
  u.username = role;
  u.password = '';
  return u.toString();
};

// docs/operations.md, "PostgreSQL roles": migrations run as the owner; the server runs as a role that
// may only insert into and read the audit log. On the real PostgreSQL, never a mock.
describe.runIf(url)('PostgreSQL: the server role cannot change the audit log', () => {
  const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const owner = `cl_owner_${tag}`;
  const app = `cl_app_${tag}`;
  const schema = `t_roles_${tag}`;
  let admin: pg.Client;
  let asOwner: AppDatabase;
  let asApp: AppDatabase;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create role ${owner} login; create role ${app} login; create schema ${schema} authorization ${owner}`);
    asOwner = await openServerDatabase({ url: as(owner), schema });
    await grantAppRole(asOwner.db, app);
    asApp = await openServerDatabase({ url: as(app), schema });
  });
  afterAll(async () => {
    await asApp?.close();
    await asOwner?.close();
    await admin.query(
      `drop schema if exists ${schema} cascade; drop owned by ${app}; drop role if exists ${app}; drop owned by ${owner}; drop role if exists ${owner}`,
    );
    await admin.end();
  });

  it('serves as the app role: records written, audit rows appended and chained', async () => {
    const t = { database: asApp } as TestDatabase;
    const s = await startTestApp(t);
    try {
      const api = asToken(s.app, (await userWithToken(asApp, 'admin')).token);
      const made = await api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B' } });
      expect(made.statusCode).toBe(201);
      expect((await api({ method: 'GET', url: `/api/v1/people/${made.json<{ id: string }>().id}` })).statusCode).toBe(200);
    } finally {
      await s.close();
    }
    expect((await verifyAuditLog(asApp.db)).broken).toBeUndefined();
  });

  it('refuses the app role any update, delete or truncate of the audit log, and any change to its guards', async () => {
    for (const statement of [
      `update audit_events set ip = '203.0.113.1'`,
      'delete from audit_events',
      'truncate audit_events',
      'alter table audit_events disable trigger user',
      'drop trigger audit_events_no_change on audit_events',
      'drop table audit_events',
      'create table sneaky (a int)',
    ])
      await expect(sql.raw(statement).execute(asApp.db), statement).rejects.toThrow(/permission denied|must be owner/);
    expect((await verifyAuditLog(asApp.db)).broken).toBeUndefined();
  });

  it('tells the app role to ask the owner when a migration is pending', async () => {
    // The newest migration, as if it had not run yet (an older one missing is a different error).
    const last = appMigrations('postgres').at(-1)?.name ?? '';
    await sql`delete from kysely_migration where name = ${last}`.execute(asOwner.db);
    try {
      await expect(openServerDatabase({ url: as(app), schema })).rejects.toThrow(/run `carelevel migrate` as the owner role/);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last}, ${new Date().toISOString()})`.execute(asOwner.db);
    }
  });
});
