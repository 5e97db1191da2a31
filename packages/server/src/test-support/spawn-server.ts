import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DatabaseLocation } from '@carelevel/storage';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

/** Start the built server in a child process on a free loopback port; resolves once it listens. */
export async function spawnServer(location: DatabaseLocation): Promise<ServerProcess> {
  const env = { ...process.env };
  delete env.DATABASE_URL; // the location below decides
  const child = spawn(process.execPath, [join(import.meta.dirname, 'serve-process.mjs')], {
    env: { ...env, TEST_DATA_DIR: location.dataDir ?? '', TEST_DATABASE_URL: location.url ?? '', TEST_SCHEMA: location.schema ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(signal ?? code);
    }),
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start in 30 s: ${err}`));
    }, 30_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /LISTENING (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((code) => {
      reject(new Error(`server exited (${String(code)}) before listening: ${err}`));
    });
  });
  return { url, child, exited };
}
