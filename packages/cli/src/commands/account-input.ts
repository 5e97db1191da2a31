// What the `users` commands read from the person: the password on standard input, and which option a
// field error is about.

import { fieldPathText, type FieldPath } from '@carelevel/contract';

/** The option a field error is about, as the person typed it: `programs[1]` is the second `--program`. */
export function optionName(path: FieldPath, programs: readonly string[]): string {
  const [field, index] = path;
  if (field === 'password') return 'password (standard input)';
  if (field === 'programs' && typeof index === 'number') return `--program ${programs[index] ?? ''}`.trimEnd();
  if (field === 'programs') return '--program';
  return path.length === 1 && typeof field === 'string' ? `--${field}` : fieldPathText(path);
}

/** Read all of standard input (a password piped in, or typed and ended with Ctrl-D). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
