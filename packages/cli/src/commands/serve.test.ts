import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../test-support/run-cli.js';
import { runServe } from './serve.js';

describe('carelevel serve', () => {
  it('stops before starting when the SMART configuration file is missing or wrong, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-smart-config-'));
    const file = join(dir, 'smart.json');
    writeFileSync(file, JSON.stringify({ publicUrl: 'https://carelevel.example', records: [{ iss: 'https://ehr.example/fhir' }] }));
    await expect(runServe({ dataDir: dir }, { CARELEVEL_SMART_CONFIG: file })).rejects.toThrow(
      /CARELEVEL_SMART_CONFIG .*records\[0\]\.clientId/,
    );
    await expect(runServe({ dataDir: dir }, { CARELEVEL_SMART_CONFIG: join(dir, 'none.json') })).rejects.toThrow(/cannot be read/);
  });

  it('stops before starting when CARELEVEL_FHIR_ENDPOINT_HOSTS lists something that is not a host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-endpoint-hosts-'));
    await expect(runServe({ dataDir: dir }, { CARELEVEL_FHIR_ENDPOINT_HOSTS: 'ehr.example.org, http://10.0.0.1' })).rejects.toThrow(
      /CARELEVEL_FHIR_ENDPOINT_HOSTS: "http:\/\/10\.0\.0\.1" is not a host name/,
    );
  });

  it('migrates, loads the sample directory, prints its URL, sends security headers, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelevel-serve-'));
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dir, '--host', '127.0.0.1'], {
      env: { ...env, PORT: '0', LOG_LEVEL: 'warn' },
      cwd: ROOT,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
      }),
    );
    const deadline = Date.now() + 30_000;
    while (!/serving on http:\/\/127\.0\.0\.1:\d+/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const url = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    expect(url, err).toBeDefined();
    expect(err).toContain('loaded 1020 sample programs');
    const health = await fetch(`${url as string}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('strict-transport-security')).toBeNull(); // plain http on loopback: no HSTS
    const programs = (await (await fetch(`${url as string}/api/v1/programs?near=19901&radiusMiles=100`)).json()) as { total: number };
    expect(programs.total).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
