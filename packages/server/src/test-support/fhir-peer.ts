// Test support: a program's own FHIR server, for real — Medplum's FHIR router over its in-memory
// repository behind a tiny node:http server on loopback. The test drives it as a program's system
// would: reads the Task carelevel sent, updates it, and can be made to fail or go away.
import { FhirRouter, MemoryRepository, type HttpMethod } from '@medplum/fhir-router';
import type { Bundle, Resource, Task } from '@medplum/fhirtypes';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { indexDefinitions, readBody } from './medplum-memory.js';

/** How the peer answers: normally, with an error status, or not at all (its port closed). */
export type PeerMode = { readonly status: 'up' } | { readonly status: 'failing'; readonly code: number } | { readonly status: 'gone' };

export interface FhirPeer {
  readonly url: string;
  /** Every transaction Bundle POSTed to the base, as received. */
  readonly transactions: Bundle[];
  mode: PeerMode;
  /** The program's system reads and changes its own Task (straight in its repository). */
  readTask(id: string): Promise<Task>;
  updateTask(task: Task): Promise<Task>;
  /** Stop listening (as a peer that went down); `restart` listens again on the same port. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startFhirPeer(bearerToken: string): Promise<FhirPeer> {
  indexDefinitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const transactions: Bundle[] = [];
  const state: { mode: PeerMode } = { mode: { status: 'up' } };
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(body));
    };
    if (state.mode.status === 'failing') {
      send(state.mode.code, { resourceType: 'OperationOutcome', issue: [] });
      return;
    }
    if (req.headers.authorization !== `Bearer ${bearerToken}`) {
      send(401, { resourceType: 'OperationOutcome', issue: [] });
      return;
    }
    const text = await readBody(req);
    const body = text ? (JSON.parse(text) as Resource) : undefined;
    const path = (req.url ?? '/').replace(/^\/fhir\/?/, '');
    if (req.method === 'POST' && path === '' && body?.resourceType === 'Bundle') transactions.push(body);
    const [outcome, resource] = await router.handleRequest(
      { method: (req.method ?? 'GET') as HttpMethod, url: path, pathname: '', body, params: {}, query: {}, config: { transactions: true } },
      repo,
    );
    const code = outcome.id === 'created' ? 201 : outcome.issue?.[0]?.severity === 'error' ? 400 : 200;
    send(code, resource ?? outcome);
  };
  let server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  return {
    url: `http://127.0.0.1:${port}/fhir`,
    transactions,
    get mode() {
      return state.mode;
    },
    set mode(m: PeerMode) {
      state.mode = m;
    },
    readTask: (id) => repo.readResource<Task>('Task', id),
    updateTask: (task) => repo.updateResource<Task>(task),
    stop: async () => {
      server.closeAllConnections();
      await close();
    },
    restart: async () => {
      server = createServer((req, res) => void handler(req, res));
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: async () => {
      server.closeAllConnections();
      await close();
    },
  };
}
