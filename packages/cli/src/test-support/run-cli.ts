import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root, and the real `carelevel` launcher (tests run the built command, as a user would). */
export const ROOT = new URL('../../../../', import.meta.url).pathname;
export const BIN = join(ROOT, 'packages/cli/bin/carelevel.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run `carelevel ARGS…` and collect what it printed. DATABASE_URL is dropped unless `env` sets it, so
 * commands use the SQLite file of the data directory the test gives them.
 */
export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (options.env?.DATABASE_URL === undefined) delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input, encoding: 'utf8', cwd: ROOT, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As runCli, without blocking this process: for tests that serve something the command calls. */
export function runCliAsync(args: readonly string[], options: { env?: Record<string, string> } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (options.env?.DATABASE_URL === undefined) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}
