import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A realistic case from the shared development set, read in place. */
export function devCase(name = '01-iop-stable-home-working'): Record<string, unknown> {
  const file = join(import.meta.dirname, '../../../../../shared/cases/dev', `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { case: Record<string, unknown> }).case;
}
