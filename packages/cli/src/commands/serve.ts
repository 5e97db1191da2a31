import { InvalidArgumentError, type Command } from '@commander-js/extra-typings';
import { readFileSync } from 'node:fs';
import {
  parseEndpointHosts,
  parseSmartConfig,
  parseTrustedProxies,
  startServer,
  type SmartOptions,
  type TrustedProxies,
} from '@carelevel/server';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535');
  return n;
};

/** `carelevel serve [--port N] [--host H] [--data-dir D]`: migrate, load the sample directory on first run, listen. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (migrates the database and loads the sample directory on first run)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000; 0 picks a free one)', port)
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option(
      '--data-dir <dir>',
      'directory of the SQLite database (default: CARELEVEL_DATA_DIR or ./.data; ignored when DATABASE_URL is set)',
    )
    .option(
      '--behind-tls-proxy',
      'behind a reverse proxy that terminates TLS: send HSTS and Secure cookies, and trust one proxy hop unless --trusted-proxies says otherwise (also CARELEVEL_BEHIND_TLS_PROXY=1)',
    )
    .option(
      '--trusted-proxies <hops-or-addresses>',
      'which proxies may tell the client address in X-Forwarded-For: a hop count (1 = the proxy in front) or their addresses/CIDRs, comma-separated (also CARELEVEL_TRUSTED_PROXIES)',
      trustedProxies,
    )
    .action(async (opts) => {
      process.exitCode = await runServe(opts);
    });
}

const trustedProxies = (value: string): TrustedProxies => {
  const parsed = parseTrustedProxies(value);
  if (typeof parsed === 'object' && 'problem' in parsed) throw new InvalidArgumentError(parsed.problem);
  return parsed;
};

const fhirEndpointHosts = (value: string): readonly string[] => {
  const parsed = parseEndpointHosts(value);
  if ('problem' in parsed) throw new InvalidArgumentError(`CARELEVEL_FHIR_ENDPOINT_HOSTS: ${parsed.problem}`);
  return parsed;
};

/** A positive whole number from the environment, or the default; a bad value stops the start with its name. */
function envLimit(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new InvalidArgumentError(`${name} must be a whole number above 0, got "${raw}"`);
  return Number(raw);
}

/** As `envLimit`, where 0 means off. */
function envEvery(env: NodeJS.ProcessEnv, name: string): number | undefined {
  return env[name] === '0' ? 0 : envLimit(env, name);
}

/** The SMART registrations in the file CARELEVEL_SMART_CONFIG names, if set; a bad file stops the start, naming the field. */
function smartConfig(env: NodeJS.ProcessEnv): SmartOptions | undefined {
  const path = env.CARELEVEL_SMART_CONFIG;
  if (path === undefined || path === '') return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InvalidArgumentError(`CARELEVEL_SMART_CONFIG names a file that cannot be read: ${path}`);
  }
  const parsed = parseSmartConfig(text);
  if ('problem' in parsed) throw new InvalidArgumentError(`CARELEVEL_SMART_CONFIG (${path}) ${parsed.problem}`);
  return parsed;
}

export async function runServe(
  opts: {
    port?: number | undefined;
    host?: string | undefined;
    dataDir?: string | undefined;
    behindTlsProxy?: true | undefined;
    trustedProxies?: TrustedProxies | undefined;
  },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const envPort = env.PORT !== undefined && env.PORT !== '' ? port(env.PORT) : undefined;
  const behindProxy = opts.behindTlsProxy === true || env.CARELEVEL_BEHIND_TLS_PROXY === '1';
  const envProxies = env.CARELEVEL_TRUSTED_PROXIES ? trustedProxies(env.CARELEVEL_TRUSTED_PROXIES) : undefined;
  const trust = opts.trustedProxies ?? envProxies ?? (behindProxy ? 1 : undefined);
  const limits = {
    requestTimeoutMs: envLimit(env, 'CARELEVEL_REQUEST_TIMEOUT_MS'),
    headersTimeoutMs: envLimit(env, 'CARELEVEL_HEADERS_TIMEOUT_MS'),
    maxConnections: envLimit(env, 'CARELEVEL_MAX_CONNECTIONS'),
  };
  const deliveryEveryMs = envEvery(env, 'CARELEVEL_FHIR_DELIVERY_EVERY_MS');
  const pollEveryMs = envLimit(env, 'CARELEVEL_FHIR_POLL_EVERY_MS');
  const smart = smartConfig(env);
  const endpointHosts = env.CARELEVEL_FHIR_ENDPOINT_HOSTS ? fhirEndpointHosts(env.CARELEVEL_FHIR_ENDPOINT_HOSTS) : undefined;
  const server = await startServer({
    port: opts.port ?? envPort ?? 3000,
    host: opts.host ?? env.HOST ?? '127.0.0.1',
    dataDir: opts.dataDir,
    databaseUrl: env.DATABASE_URL,
    ...(trust !== undefined ? { trustProxy: trust } : {}),
    httpLimits: Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)),
    tls: behindProxy,
    logLevel: env.LOG_LEVEL ?? 'info',
    ...(deliveryEveryMs !== undefined ? { fhirDeliveryEveryMs: deliveryEveryMs } : {}),
    ...(pollEveryMs !== undefined ? { fhirDelivery: { settings: { pollEveryMs } } } : {}),
    ...(smart ? { smart } : {}),
    ...(endpointHosts ? { fhirEndpointHosts: endpointHosts } : {}),
  });
  process.stderr.write(
    `carelevel: database ${server.database.dialect} at ${server.database.where}${server.sampleProgramsAdded ? `; loaded ${server.sampleProgramsAdded} sample programs (fictional)` : ''}\n`,
  );
  process.stdout.write(`carelevel is serving on ${server.url}  (API docs: ${server.url}/api/docs)\n`);
  // Stop on SIGTERM/SIGINT: finish requests in flight, close the database, then exit 0.
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop).off('SIGINT', stop);
      server.close().then(resolve, (err: unknown) => {
        process.stderr.write(`carelevel: error while stopping: ${err instanceof Error ? err.message : String(err)}\n`);
        resolve();
      });
    };
    process.on('SIGTERM', stop).on('SIGINT', stop);
  });
  return 0;
}
