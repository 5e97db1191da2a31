import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

describe('serving the built web app', () => {
  let t: TestDatabase;
  let s: TestApp;
  const root = mkdtempSync(join(tmpdir(), 'carelevel-web-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/index-abc123.js"></script>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.env'), 'KEY=1');
    writeFileSync(
      join(root, 'staff.html'),
      '<!doctype html><title>Staff</title><script type="module" src="./assets/staff-def456.js"></script>',
    );
    t = await openTestDatabase('sqlite', { sample: false });
    s = await startTestApp(t, { webRoot: root });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / uncached, with the security headers', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('./assets/index-abc123.js');
  });

  it('serves the staff workspace at /staff and /staff.html, uncached', async () => {
    for (const url of ['/staff', '/staff.html']) {
      const res = await s.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('./assets/staff-def456.js');
    }
  });

  it('serves hashed assets cached for a year', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the known file types or the directory', async () => {
    for (const url of [
      '/secret.env',
      '/assets/..%2Findex.html',
      '/assets/%2e%2e%2fsecret.env',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/missing.js',
    ]) {
      const res = await s.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('leaves the API alone', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
  });
});
