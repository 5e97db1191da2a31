import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, TEST_DIALECTS, type TestApp, type TestDatabase } from '../test-support/harness.js';

/** Resolves with what the server sent once it closes the connection, or rejects after `ms`. */
function closed(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let got = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${ms} ms`));
    }, ms);
    socket.on('data', (d: Buffer) => (got += d.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(got);
    });
    socket.on('error', () => undefined);
  });
}

// Issue 11, finding 8: `requestTimeout = 0` let a client hold a connection open for ever by sending
// its body a byte at a time (or never).
describe.each(TEST_DIALECTS)('request timeouts and the connection cap on %s', (dialect) => {
  let t: TestDatabase;
  let s: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await openTestDatabase(dialect, { sample: false });
    s = await startTestApp(t, { httpLimits: { requestTimeoutMs: 600, headersTimeoutMs: 400, maxConnections: 3 } });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    port = (s.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  const open = (): Promise<Socket> =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        resolve(socket);
      });
    });

  it('cuts off a body that never finishes, with 408', async () => {
    const socket = await open();
    socket.write('POST /api/v1/people HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"giv');
    expect(await closed(socket, 5_000)).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off headers that never finish', async () => {
    const socket = await open();
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    await expect(closed(socket, 5_000)).resolves.toEqual(expect.any(String));
  });

  it('closes connections beyond the cap at once', async () => {
    const held = await Promise.all([open(), open(), open()]);
    const extra = await open();
    await expect(closed(extra, 2_000)).resolves.toBe('');
    for (const h of held) h.destroy();
  });
});
