import fc from 'fast-check';
import type { InjectOptions } from 'fastify';

// Generated bad requests, each made by breaking one part of a valid request for an operation of the
// OpenAPI document: its body (wrong types, missing and extra fields, control characters, NUL,
// 10,000-character strings, huge and negative numbers, deep nesting), its media type, its query,
// its path parameters or its headers.

export interface OperationShape {
  /** The route as the OpenAPI document names it, `/api/v1/people/{id}`. */
  readonly route: string;
  readonly queryNames: readonly string[];
  readonly bodyProperties: readonly string[];
  readonly requiredProperties: readonly string[];
  readonly hasBody: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown>; required?: string[] } }> };
}

/** Every operation of the document with what its requests are made of. */
export function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): (OperationShape & { method: string })[] {
  return Object.entries(doc.paths).flatMap(([route, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        route,
        queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyProperties: Object.keys(schema?.properties ?? {}),
        requiredProperties: schema?.required ?? [],
        hasBody: op.requestBody !== undefined,
      };
    }),
  );
}

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
};

/** Values no field wants: every kind the issue lists, plus fast-check's own JSON. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    'bell\u0007',
    'esc\u001b[2J',
    'del\u007f',
    'nel\u0085',
    'x'.repeat(10_000),
    '',
    ' ',
    '-1',
    '1e309',
    'NaN',
    '__proto__',
  ),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, -0.5, 2 ** 31, -(2 ** 63), 0),
  fc.constantFrom(true, false, null),
  fc.constantFrom(nested(40), nested(5), [], {}, ['x'.repeat(10_000)], { '\u0000': 1 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
);

/** A value in a URL: percent-encoded as a client would send it. */
const badText = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%07',
    '%1B',
    '%7F',
    'x'.repeat(10_000),
    '..%2F..%2Fetc',
    '-1',
    '1e309',
    '99999999999999999999',
    '%C0%AF',
    '%',
    '[]',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent),
);

type Mutation = (req: InjectOptions, op: OperationShape) => InjectOptions;

const bodyOf = (req: InjectOptions): Record<string, unknown> =>
  req.payload !== null && typeof req.payload === 'object' && !Array.isArray(req.payload)
    ? { ...(req.payload as Record<string, unknown>) }
    : {};

const without = (body: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

const withJson = (req: InjectOptions, payload: unknown): InjectOptions => ({
  ...req,
  headers: { ...(req.headers ?? {}), 'content-type': 'application/json' },
  payload: JSON.stringify(payload),
});

function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const [path = '', query = ''] = url.split('?');
  return { path, query: new URLSearchParams(query) };
}

const bodyMutations = (op: OperationShape): fc.Arbitrary<Mutation>[] => {
  const keys = op.bodyProperties.length > 0 ? op.bodyProperties : ['body'];
  return [
    // One field with a value it does not want.
    fc.tuple(fc.constantFrom(...keys), badValue).map(
      ([key, value]): Mutation =>
        (req) =>
          withJson(req, { ...bodyOf(req), [key]: value }),
    ),
    // A required field missing.
    fc.constantFrom(...(op.requiredProperties.length > 0 ? op.requiredProperties : keys)).map(
      (key): Mutation =>
        (req) =>
          withJson(req, without(bodyOf(req), key)),
    ),
    // A field nobody asked for, or a poisoned prototype.
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), badValue).map(
      ([key, value]): Mutation =>
        (req) =>
          withJson(req, { ...bodyOf(req), [key]: value }),
    ),
    fc.constant<Mutation>((req) => ({
      ...req,
      headers: { ...(req.headers ?? {}), 'content-type': 'application/json' },
      payload: JSON.stringify(bodyOf(req)).replace(/^\{/, '{"__proto__":{"admin":true},'),
    })),
    // The whole body the wrong thing.
    badValue.map(
      (value): Mutation =>
        (req) =>
          withJson(req, value),
    ),
  ];
};

const mediaTypes = fc
  .constantFrom(
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
    'application/xml',
    'application/json',
  )
  .chain((type) =>
    fc
      .constantFrom('{"a":1}', 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', '{"a":', '', '\u0000')
      .map((payload): Mutation => (req) => ({ ...req, headers: { ...(req.headers ?? {}), 'content-type': type }, payload })),
  );

const queryMutations = (op: OperationShape): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.constantFrom(...op.queryNames, 'limit', 'offset', 'unexpected'), badText).map(([name, value]): Mutation => (req) => {
    const { path, query } = splitUrl(req.url as string);
    const rest = [...query.entries()].filter(([k]) => k !== name).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    return { ...req, url: `${path}?${[...rest, `${name}=${value}`].join('&')}` };
  });

const pathMutations = (op: OperationShape): fc.Arbitrary<Mutation> | undefined => {
  const params = op.route
    .split('/')
    .map((segment, i) => (segment.startsWith('{') ? i : -1))
    .filter((i) => i >= 0);
  if (params.length === 0) return undefined;
  return fc.tuple(fc.constantFrom(...params), badText).map(([index, value]): Mutation => (req) => {
    const { path, query } = splitUrl(req.url as string);
    const segments = path.split('/');
    segments[index] = value;
    const q = query.toString();
    return { ...req, url: `${segments.join('/')}${q ? `?${q}` : ''}` };
  });
};

const headerMutations = fc
  .constantFrom<Record<string, string>>(
    { 'if-match': 'x'.repeat(10_000) },
    { 'if-match': '"99999999999999999999"' },
    { 'if-match': '"-1"' },
    { 'x-forwarded-for': `${'9'.repeat(5_000)}, 1.2.3.4` },
    { cookie: 'carelevel_session=%00; carelevel_csrf=x' },
    { 'x-csrf-token': 'x'.repeat(10_000) },
    { accept: 'application/xml' },
    { 'content-length': '5' },
  )
  .map((headers): Mutation => (req) => ({ ...req, headers: { ...(req.headers ?? {}), ...headers } }));

/** One way of breaking a valid request for the operation. */
export function badRequest(op: OperationShape): fc.Arbitrary<Mutation> {
  const path = pathMutations(op);
  return fc.oneof(
    ...(op.hasBody ? bodyMutations(op) : []),
    ...(op.hasBody ? [mediaTypes] : []),
    queryMutations(op),
    ...(path ? [path] : []),
    headerMutations,
  );
}

/** The classic bad values, each tried in every field by the sweep. */
const SWEEP_VALUES: readonly unknown[] = ['a\u0000b', 'esc\u001b', 'x'.repeat(10_000), 1e308, -1, { a: 1 }, nested(40), null];
const SWEEP_TEXTS: readonly string[] = ['a%00b', '%1B', 'x'.repeat(10_000), '-1', '99999999999999999999'];

/**
 * Every field of the operation broken each classic way, in order: a walk, not a sample, so nothing
 * depends on the random draw reaching a rarely chosen field.
 */
export function sweep(op: OperationShape): Mutation[] {
  const out: Mutation[] = [];
  if (op.hasBody) {
    for (const key of op.bodyProperties)
      for (const value of SWEEP_VALUES) out.push((req) => withJson(req, { ...bodyOf(req), [key]: value }));
    for (const key of op.requiredProperties)
      out.push((req) => {
        return withJson(req, without(bodyOf(req), key));
      });
    out.push((req) => ({ ...req, headers: { ...(req.headers ?? {}), 'content-type': 'text/plain' }, payload: 'a=1' }));
  }
  for (const name of op.queryNames)
    for (const value of SWEEP_TEXTS)
      out.push((req) => {
        const { path, query } = splitUrl(req.url as string);
        query.delete(name);
        const q = query.toString();
        return { ...req, url: `${path}?${q ? `${q}&` : ''}${name}=${value}` };
      });
  op.route.split('/').forEach((segment, index) => {
    if (!segment.startsWith('{')) return;
    for (const value of SWEEP_TEXTS)
      out.push((req) => {
        const { path, query } = splitUrl(req.url as string);
        const segments = path.split('/');
        segments[index] = value;
        const q = query.toString();
        return { ...req, url: `${segments.join('/')}${q ? `?${q}` : ''}` };
      });
  });
  return out;
}
