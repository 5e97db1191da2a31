import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { assess, type Locale } from '@carelevel/engine';
import cliProgress from 'cli-progress';
import { InputError } from './read-input.js';

export interface BatchSummary {
  readonly cases: number;
  readonly invalid: number;
}

/**
 * Assess one case a line (NDJSON), writing one recommendation a line. An invalid line writes a
 * `carelevel-errors/1` line naming the input line and every field error, and the run goes on;
 * the caller exits 2 if any line was invalid. A progress bar goes to standard error on a terminal.
 */
export async function runBatch(file: string, locale: Locale, out: NodeJS.WritableStream, err: NodeJS.WriteStream): Promise<BatchSummary> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    input.once('open', () => {
      resolve();
    });
    input.once('error', (e: NodeJS.ErrnoException) => {
      reject(new InputError(e.code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${e.code ?? 'error'})`));
    });
  });
  await opened;
  let total = 0;
  let bar: cliProgress.SingleBar | undefined;
  if (err.isTTY && file !== '-') {
    const { size } = await import('node:fs').then((fs) => fs.promises.stat(file));
    total = size;
    bar = new cliProgress.SingleBar(
      { format: 'assessing |{bar}| {percentage}% | {cases} cases', stream: err, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { cases: 0 });
  }
  let lineNo = 0;
  let cases = 0;
  let invalid = 0;
  let bytes = 0;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk))
      await new Promise<void>((resolve) =>
        out.once('drain', () => {
          resolve();
        }),
      );
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    cases++;
    let parsed: unknown;
    let result;
    try {
      parsed = JSON.parse(line) as unknown;
      result = assess(parsed, { locale });
    } catch (e) {
      result = {
        ok: false as const,
        errors: [{ path: [], message: `not valid JSON (${e instanceof Error ? e.message : 'invalid'})` }],
      };
    }
    if (result.ok) {
      buffer += `${JSON.stringify(result.recommendation)}\n`;
    } else {
      invalid++;
      buffer += `${JSON.stringify({ format: 'carelevel-errors/1', line: lineNo, errors: result.errors })}\n`;
    }
    if (buffer.length > 64 * 1024) await flush();
    if (bar && cases % 500 === 0) bar.update(bytes, { cases });
  }
  await flush();
  if (bar) {
    bar.update(total, { cases });
    bar.stop();
  }
  return { cases, invalid };
}
