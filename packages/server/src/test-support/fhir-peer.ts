// Test support: a program's own FHIR server, for real — Medplum's FHIR router over its in-memory
// repository behind a tiny node:http server on loopback. The test drives it as a program's system
// would: reads the Task carelevel sent, updates it, and can be made to fail or go away.
import { FhirRouter, MemoryRepository, type HttpMethod } from '@medplum/fhir-router';
import type { Bundle, Resource, Task } from '@medplum/fhirtypes';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
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
  /**
   * SMART Backend Services on the program's side: register carelevel's client id and public keys with
   * the peer's authorization server; its tokens are then accepted like the fixed bearer token.
   */
  registerClient(clientId: string, jwks: { keys: object[] }): void;
  /** Token requests made to the peer's authorization server, and whether each was granted. */
  readonly tokenRequests: { clientId: string; granted: boolean; scope: string }[];
  /** Forget every token it issued (as a server whose tokens ran out, or that restarted). */
  revokeTokens(): void;
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
  const clients = new Map<string, { keys: object[] }>();
  const issued = new Set<string>();
  const tokenRequests: FhirPeer['tokenRequests'] = [];
  let base = '';

  /** The peer's authorization server: client credentials with a private_key_jwt assertion (SMART Backend Services). */
  const token = async (form: URLSearchParams): Promise<{ code: number; body: unknown }> => {
    const assertion = form.get('client_assertion') ?? '';
    const clientId = decodeJwt(assertion).iss ?? '';
    const registered = clients.get(clientId);
    const scope = form.get('scope') ?? '';
    const refuse = (error: string) => {
      tokenRequests.push({ clientId, granted: false, scope });
      return { code: 401, body: { error } };
    };
    if (form.get('grant_type') !== 'client_credentials') return refuse('unsupported_grant_type');
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' || !registered)
      return refuse('invalid_client');
    try {
      await jwtVerify(assertion, createLocalJWKSet(registered as never), {
        issuer: clientId,
        subject: clientId,
        audience: `${base}/auth/token`,
        maxTokenAge: '5m',
      });
    } catch {
      return refuse('invalid_client');
    }
    tokenRequests.push({ clientId, granted: true, scope });
    const accessToken = randomBytes(24).toString('base64url');
    issued.add(accessToken);
    return { code: 200, body: { access_token: accessToken, token_type: 'bearer', expires_in: 300, scope } };
  };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (code: number, body: unknown, type = 'application/fhir+json') => {
      res.writeHead(code, { 'content-type': type });
      res.end(JSON.stringify(body));
    };
    if (state.mode.status === 'failing') {
      send(state.mode.code, { resourceType: 'OperationOutcome', issue: [] });
      return;
    }
    if (req.url === '/fhir/.well-known/smart-configuration') {
      send(
        200,
        {
          issuer: `${base}/auth`,
          token_endpoint: `${base}/auth/token`,
          grant_types_supported: ['client_credentials'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
          token_endpoint_auth_signing_alg_values_supported: ['ES384', 'RS384'],
          capabilities: ['client-confidential-asymmetric', 'permission-v2'],
        },
        'application/json',
      );
      return;
    }
    if (req.url === '/auth/token' && req.method === 'POST') {
      const answer = await token(new URLSearchParams(await readBody(req)));
      send(answer.code, answer.body, 'application/json');
      return;
    }
    const presented = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (presented !== bearerToken && !(presented && issued.has(presented))) {
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
  base = `http://127.0.0.1:${port}`;
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
    registerClient: (clientId, jwks) => {
      clients.set(clientId, jwks);
    },
    tokenRequests,
    revokeTokens: () => {
      issued.clear();
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
