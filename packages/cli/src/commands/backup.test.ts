import { devCase } from '@carelevel/engine/testing';
import { createApiToken, createUser, startServer, type RunningServer } from '@carelevel/server';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../test-support/run-cli.js';

const PASSWORD = 'correct horse battery staple';

/** The command as its own process, without blocking this one: the server here keeps answering meanwhile. */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    child.on('exit', (status) => {
      resolve({ status, stdout, stderr });
    }),
  );
}

describe('carelevel backup and restore: a round trip while requests run', () => {
  const root = mkdtempSync(join(tmpdir(), 'carelevel-backup-'));
  const live = join(root, 'live');
  const restored = join(root, 'restored');
  const file = join(root, 'carelevel.backup');
  let server: RunningServer;
  let token: string;
  const call = async (method: string, path: string, body?: unknown, bearer = token): Promise<Response> =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  // The SQLite file is what this command copies: the servers here must not follow DATABASE_URL.
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: live, logLevel: 'warn' });
    const admin = await createUser(server.database.db, { email: 'lead@example.test', password: PASSWORD, role: 'admin' });
    token = (await createApiToken(server.database.db, admin.id, 'backup test')).token;
  });
  afterAll(async () => {
    await server?.close();
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  });

  it('copies everything written before it, while writes keep coming, and restores into a new directory that serves it all', async () => {
    const person = (await (await call('POST', '/api/v1/people', { givenName: 'Rosa', familyName: 'Backup' })).json()) as { id: string };
    const programId = (await server.database.db.selectFrom('directory_programs').select('id').limit(1).executeTakeFirstOrThrow()).id;
    const assessment = (await (
      await call('POST', `/api/v1/people/${person.id}/assessments`, {
        case: devCase('01-iop-stable-home-working'),
      })
    ).json()) as { id: string };
    const consent = await call('POST', '/api/v1/consents', {
      personId: person.id,
      programId,
      purpose: 'referral',
      shares: ['demographics'],
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(consent.status).toBe(201);
    const referral = (await (await call('POST', '/api/v1/referrals', { personId: person.id, programIds: [programId] })).json()) as {
      referrals: { id: string }[];
    };

    // Requests keep arriving while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const r = await call('POST', '/api/v1/people', { givenName: 'During', familyName: `Backup ${written}` });
        if (r.status === 201) written += 1;
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    const backup = await runAsync(['backup', '--to', file, '--data-dir', live]);
    writing = false;
    await writer;
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    expect(runCli(['restore', '--from', file, '--data-dir', restored]).status).toBe(0);
    const again = await startServer({ port: 0, host: '127.0.0.1', dataDir: restored, logLevel: 'warn' });
    try {
      const get = (path: string) => fetch(`${again.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      // Accounts and tokens: the token made before the backup works, and the password signs in.
      const signIn = await fetch(`${again.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lead@example.test', password: PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      expect(((await (await get(`/api/v1/people/${person.id}`)).json()) as { familyName: string }).familyName).toBe('Backup');
      expect((await get(`/api/v1/people/${person.id}/assessments/${assessment.id}`)).status).toBe(200);
      expect((await get(`/api/v1/referrals/${referral.referrals[0]?.id ?? ''}`)).status).toBe(200);
      const audit = (await (await get(`/api/v1/audit-events?personId=${person.id}&limit=200`)).json()) as { events: { action: string }[] };
      expect(audit.events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read']));
    } finally {
      await again.close();
    }
    const verified = runCli(['audit', 'verify', '--data-dir', restored]);
    expect(verified.stdout, verified.stderr).toMatch(/^audit log intact/);
  });

  it('refuses to restore over a directory that has anything in it, and to back up over an existing file', () => {
    const busy = join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'something');
    const over = runCli(['restore', '--from', file, '--data-dir', busy]);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('is not empty');
    const twice = runCli(['backup', '--to', file, '--data-dir', live]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('exists already');
    const notADatabase = runCli(['restore', '--from', join(busy, 'notes.txt'), '--data-dir', join(root, 'fresh')]);
    expect(notADatabase.status).toBe(2);
  });

  it('on PostgreSQL says to use pg_dump and pg_restore instead', () => {
    const r = runCli(['backup', '--to', join(root, 'pg.backup')], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pg_dump --format=custom');
    expect(r.stderr).toContain('pg_restore');
  });
});
