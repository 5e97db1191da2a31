// What the `users` commands read from the person: the password on standard input, and which option a
// field error is about.

/** The option a field error is about, as the person typed it: `programs.1` is the second `--program`. */
export function optionName(path: string, programs: readonly string[]): string {
  if (path === 'password') return 'password (standard input)';
  const program = /^programs\.(\d+)$/.exec(path);
  if (program) return `--program ${programs[Number(program[1])] ?? ''}`.trimEnd();
  return `--${path === 'programs' ? 'program' : path}`;
}

/** Read all of standard input (a password piped in, or typed and ended with Ctrl-D). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
