import { ensureSampleDirectory } from '@carelevel/directory';
import { openAppDatabase, resolveDatabaseLocation, type AppDatabase } from '@carelevel/storage';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'database'> {
  readonly port: number;
  readonly host: string;
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  /** PostgreSQL schema to use (tests isolate themselves with one each). */
  readonly schema?: string | undefined;
  /** How often the FHIR delivery worker runs a round (ms); 0 turns it off on this instance. */
  readonly fhirDeliveryEveryMs?: number | undefined;
}

/** A round every 15 seconds: a new referral reaches a program's system within that, retries wait far longer. */
export const FHIR_DELIVERY_EVERY_MS = 15_000;

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: AppDatabase;
  readonly url: string;
  /** Programs loaded from the sample directory on this start (0 when the directory had some). */
  readonly sampleProgramsAdded: number;
  /** Stop taking requests, finish those in flight, close the database: in reverse order of start. */
  close(): Promise<void>;
}

/**
 * Where the built web app is: CARELEVEL_WEB_ROOT, else the workspace's packages/web/dist next to
 * this package (when it has been built). Found by path, not by import: the server does not depend on web.
 */
export function defaultWebRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.CARELEVEL_WEB_ROOT ?? join(import.meta.dirname, '../../web/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

/** Open and migrate the database, load the sample directory on first run, and listen. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const location = resolveDatabaseLocation({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  const database = await openAppDatabase(options.schema && location.url ? { ...location, schema: options.schema } : location);
  try {
    const sampleProgramsAdded = await ensureSampleDirectory(database.db);
    const webRoot = options.webRoot ?? defaultWebRoot();
    const app = await buildApp({ ...options, database, ...(webRoot ? { webRoot } : {}) });
    const address = await app.listen({ port: options.port, host: options.host });
    const url = address.replace('://0.0.0.0', '://localhost').replace('://[::]', '://localhost');
    const every = options.fhirDeliveryEveryMs ?? FHIR_DELIVERY_EVERY_MS;
    if (every > 0) app.fhirDelivery.start(every);
    return {
      app,
      database,
      url,
      sampleProgramsAdded,
      close: async () => {
        await app.fhirDelivery.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
