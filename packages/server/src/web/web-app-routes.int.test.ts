import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

/** The server over a folder holding these files (paths relative to it), on a fresh SQLite database. */
function serving(files: Readonly<Record<string, string | Buffer>>): { readonly app: () => TestApp['app'] } {
  let t: TestDatabase;
  let s: TestApp;
  const root = mkdtempSync(join(tmpdir(), 'carelevel-web-'));
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    for (const [path, body] of Object.entries(files)) writeFileSync(join(root, path), body);
    t = await openTestDatabase('sqlite', { sample: false });
    s = await startTestApp(t, { webRoot: root });
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
    rmSync(root, { recursive: true, force: true });
  });
  return { app: () => s.app };
}

describe('serving the built web app', () => {
  const served = serving({
    'index.html': '<!doctype html><script type="module" src="./assets/index-abc123.js"></script>',
    'assets/index-abc123.js': 'console.log(1)',
    'secret.env': 'KEY=1',
    'staff.html': '<!doctype html><title>Staff</title><script type="module" src="./assets/staff-def456.js"></script>',
  });

  it('serves index.html at / uncached, with the security headers', async () => {
    const res = await served.app().inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('./assets/index-abc123.js');
  });

  it('serves the staff workspace at /staff and /staff.html, uncached', async () => {
    for (const url of ['/staff', '/staff.html']) {
      const res = await served.app().inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('./assets/staff-def456.js');
    }
  });

  it('serves hashed assets cached for a year', async () => {
    const res = await served.app().inject({ method: 'GET', url: '/assets/index-abc123.js' });
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
      const res = await served.app().inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('leaves the API alone', async () => {
    expect((await served.app().inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
  });
});

describe('serving the built web app compressed and in the page language', () => {
  const script = 'console.log("a script long enough to be worth compressing");'.repeat(40);
  const served = serving({
    'index.html': '<!doctype html><html lang="en"><title>Find care</title></html>',
    'index.es.html': '<!doctype html><html lang="es"><title>Encuentre atención</title></html>',
    'assets/index-abc123.js': script,
    'assets/index-abc123.js.br': brotliCompressSync(script),
    'assets/index-abc123.js.gz': gzipSync(script),
    'assets/only-plain-1.js': script,
  });

  const get = (url: string, headers: Record<string, string> = {}) => served.app().inject({ method: 'GET', url, headers });

  it('sends the brotli copy to a browser that accepts it, with Vary', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(script.length / 5);
  });

  it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body).toBe(script);
  });

  it('sends the plain file when no compressed copy was built', async () => {
    const res = await get('/assets/only-plain-1.js', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it('sends the first HTML in the language the browser asks for, and says it varies by language', async () => {
    const es = await get('/', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.8' });
    expect(es.body).toContain('<html lang="es">');
    expect(es.headers.vary).toBe('accept-language, accept-encoding');
    expect((await get('/', { 'accept-language': 'en-US,en;q=0.9' })).body).toContain('<html lang="en">');
    expect((await get('/', { 'accept-language': 'fr' })).body).toContain('<html lang="en">');
    expect((await get('/')).body).toContain('<html lang="en">');
  });
});
