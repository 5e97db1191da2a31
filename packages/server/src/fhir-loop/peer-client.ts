import type { Bundle, Task } from '@medplum/fhirtypes';
import type { AttemptFailure } from './retry-schedule.js';

/** Where a program's FHIR server is and how to authenticate to it (the token never leaves the server). */
export interface PeerEndpoint {
  readonly programId: string;
  readonly baseUrl: string;
  /** The bearer token to send (none: null), got afresh where it is a client-credentials token. */
  bearer(): Promise<PeerAnswer<string | null>>;
  /** The server refused the token: true when a new one may be got (client credentials), to try once more. */
  refused(): boolean;
}

export type PeerAnswer<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly failure: AttemptFailure };

/** The fetch the client uses: the global one, or a test's. */
export type Fetch = typeof fetch;

const FHIR_JSON = 'application/fhir+json';
/** A peer that has not answered by then is treated as down; the row is tried again later. */
const TIMEOUT_MS = 15_000;

/** The network error's code only (ECONNREFUSED, ENOTFOUND…): never the message, which may echo a URL. */
function networkFailure(err: unknown): AttemptFailure {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return { kind: 'network', message: 'no answer in time' };
  const cause = (err as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code) ? cause.code : 'network error';
  return { kind: 'network', message: code };
}

const retryAfter = (value: string | null): number | undefined => {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  return Number(value);
};

/**
 * One HTTP exchange with a program's FHIR server, as FHIR JSON; every failure as an `AttemptFailure`.
 * A client-credentials token the server refuses (401: it ran out early, or the server restarted) is
 * got again and the request made once more before the refusal counts.
 */
async function exchange<T>(
  fetcher: Fetch,
  peer: PeerEndpoint,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<PeerAnswer<T>> {
  const url = `${peer.baseUrl.replace(/\/+$/, '')}/${path}`;
  for (let again = true; ; again = false) {
    const bearer = await peer.bearer();
    if (!bearer.ok) return bearer;
    try {
      const res = await fetcher(url, {
        method,
        headers: {
          accept: FHIR_JSON,
          ...(body === undefined ? {} : { 'content-type': FHIR_JSON }),
          ...(bearer.body ? { authorization: `Bearer ${bearer.body}` } : {}),
          ...extraHeaders,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      if (res.ok) return { ok: true, body: (await res.json()) as T };
      await res.body?.cancel();
      if (res.status === 401 && peer.refused() && again) continue;
      return { ok: false, failure: { kind: 'http', status: res.status, retryAfterSeconds: retryAfter(res.headers.get('retry-after')) } };
    } catch (err) {
      return { ok: false, failure: networkFailure(err) };
    }
  }
}

/** POST a transaction Bundle to the peer's base; its transaction-response on success. */
export const postTransaction = (fetcher: Fetch, peer: PeerEndpoint, bundle: Bundle): Promise<PeerAnswer<Bundle>> =>
  exchange<Bundle>(fetcher, peer, 'POST', '', bundle);

/**
 * The peer's Task if it changed since carelevel last saw it: `Task?_id=…&_lastUpdated=gt…` (an empty
 * searchset when nothing changed), or the whole Task when there is no `since` yet.
 */
export async function changedTask(
  fetcher: Fetch,
  peer: PeerEndpoint,
  taskId: string,
  since: string | null,
): Promise<PeerAnswer<Task | null>> {
  const q = new URLSearchParams({ _id: taskId });
  if (since) q.set('_lastUpdated', `gt${since}`);
  const found = await exchange<Bundle>(fetcher, peer, 'GET', `Task?${q.toString()}`);
  if (!found.ok) return found;
  const task = (found.body.entry ?? []).map((e) => e.resource).find((r): r is Task => r?.resourceType === 'Task' && r.id === taskId);
  return { ok: true, body: task ?? null };
}

/** The peer's Task as it is now. */
export const readTask = (fetcher: Fetch, peer: PeerEndpoint, taskId: string): Promise<PeerAnswer<Task>> =>
  exchange<Task>(fetcher, peer, 'GET', `Task/${encodeURIComponent(taskId)}`);

/**
 * Replace the peer's Task with a changed copy of the version read, `If-Match` that version, so a change
 * the program made in between is not overwritten (the peer answers 412 and carelevel reads it again).
 */
export const updateTask = (fetcher: Fetch, peer: PeerEndpoint, task: Task): Promise<PeerAnswer<Task>> =>
  exchange<Task>(
    fetcher,
    peer,
    'PUT',
    `Task/${encodeURIComponent(task.id ?? '')}`,
    task,
    task.meta?.versionId ? { 'if-match': `W/"${task.meta.versionId}"` } : {},
  );
