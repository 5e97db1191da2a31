import { readFile } from 'node:fs/promises';

/** Read a whole file, or standard input for `-`. Errors carry a message fit for a user. */
export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : code === 'EISDIR'
          ? `${file}: is a directory, not a case file`
          : `${file}: cannot be read (${code ?? 'error'})`,
    );
  }
}

/** A problem with what the user gave us: printed as a message, exit status 2, never a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Parse JSON and say where it broke, in words, if it did. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^JSON\.parse: /, '') : 'invalid';
    throw new InputError(`${where}: not valid JSON (${detail})`);
  }
}
