import { ApiProblem } from './api-problem.js';

/** The readable cookie the server sets at sign-in; its value goes back in the CSRF header. */
const CSRF_COOKIE = 'carelevel_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Version for `If-Match` (optimistic concurrency: 412 when someone else changed it first). */
  readonly ifMatch?: number;
  readonly signal?: AbortSignal;
}

/** An answer with the version the server sent in `ETag` (for a later `If-Match`). */
export interface Versioned<T> {
  readonly body: T;
  readonly version: number | undefined;
}

let unauthenticatedListener: (() => void) | undefined;
/** The shell listens so any 401 (an expired session) sends the person back to sign in. */
export function onUnauthenticated(listener: (() => void) | undefined): void {
  unauthenticatedListener = listener;
}

let enrolmentListener: (() => void) | undefined;
/** The shell listens so a session told to enrol a second factor (403) shows the enrolment page. */
export function onEnrolmentRequired(listener: (() => void) | undefined): void {
  enrolmentListener = listener;
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * One request to our API with the session cookie. Unsafe methods send the CSRF token (double submit:
 * the server compares the header with the session's token). Errors are thrown as `ApiProblem`.
 * Paths are relative to the page (`api/v1/...`) so the app works wherever it is served.
 */
export async function requestVersioned<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<Versioned<T>> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  let res: Response;
  try {
    res = await fetch(path.replace(/^\//, ''), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw ApiProblem.network();
  }
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = undefined;
    }
  }
  if (!res.ok) {
    const problem = ApiProblem.from(res.status, parsed);
    if (res.status === 401 && path !== 'api/v1/session') unauthenticatedListener?.();
    if (problem.code === 'second-factor-enrolment-required') enrolmentListener?.();
    throw problem;
  }
  const etag = res.headers.get('etag');
  const version = etag ? Number(etag.replace(/^W\//, '').replace(/"/g, '')) : undefined;
  return { body: parsed as T, version: Number.isFinite(version) ? version : undefined };
}

/** `requestVersioned` without the version. */
export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return (await requestVersioned<T>(method, path, body, options)).body;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions): Promise<T> => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> => request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions): Promise<T> => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions): Promise<T> => request<T>('DELETE', path, undefined, options),
};

/** Path segments are ids (UUIDs) or program ids; encode them anyway. */
export const seg = (s: string): string => encodeURIComponent(s);
