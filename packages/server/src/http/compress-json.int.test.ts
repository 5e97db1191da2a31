import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';
import { COMPRESS_JSON_FROM_BYTES } from './compress-json.js';

describe('JSON answers compressed above a small size', () => {
  let t: TestDatabase;
  let s: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite', { sample: false });
    s = await startTestApp(t);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('sends a large answer in brotli to a browser that accepts it, and the same document', async () => {
    const plain = await s.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_JSON_FROM_BYTES);

    const br = await s.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await s.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('leaves small answers and problem documents under the size alone', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
    const missing = await s.app.inject({ method: 'GET', url: '/api/people/nope', headers: { 'accept-encoding': 'br' } });
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
