import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake locator answers: its rows (paged by the request's pageSize and page) and its faults. */
export interface LocatorScenario {
  rows: readonly unknown[];
  /** Page number → how many more times it answers 503 before it answers. */
  failTimes?: Map<number, number>;
  /** Page number → a body answered with 200 instead of the page (a wrong shape). */
  wrongBody?: Map<number, string>;
}

export interface FakeLocator {
  readonly url: string;
  /** Every request's query, in order. */
  readonly requests: URLSearchParams[];
  scenario: LocatorScenario;
  close(): Promise<void>;
}

/**
 * A local HTTP server answering like the locator's `exportsAsJson/v2`: `{ page, totalPages,
 * recordCount, rows }`, the rows paged by `pageSize`/`page` (the location is recorded, not used).
 */
export async function startFakeLocator(scenario: LocatorScenario): Promise<FakeLocator> {
  const requests: URLSearchParams[] = [];
  const state: { scenario: LocatorScenario } = { scenario };
  const server: Server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
    requests.push(q);
    const { rows, failTimes, wrongBody } = state.scenario;
    const page = Number(q.get('page') ?? '1');
    const size = Number(q.get('pageSize') ?? '10');
    const left = failTimes?.get(page) ?? 0;
    if (left > 0) {
      failTimes?.set(page, left - 1);
      res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      return;
    }
    const wrong = wrongBody?.get(page);
    if (wrong !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(wrong);
      return;
    }
    const totalPages = Math.ceil(rows.length / size);
    const body = { page, totalPages, recordCount: rows.length, rows: rows.slice((page - 1) * size, page * size) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/locator/exportsAsJson/v2`,
    requests,
    get scenario() {
      return state.scenario;
    },
    set scenario(s: LocatorScenario) {
      state.scenario = s;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
