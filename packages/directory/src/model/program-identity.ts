import { createHash } from 'node:crypto';
import type { Source } from './vocabulary.js';

/**
 * Stable identity, so re-importing a file updates its listings instead of adding copies.
 * A listing with a source id is keyed by it; otherwise by its normalized name and address (and,
 * for listings without a street, phone and position). `occurrence` tells apart rows of one file
 * that are identical in all of these (the 2020 listings have a few): the n-th such row keeps its id.
 */
export interface IdentityParts {
  readonly source: Source;
  /** Which list of the source the row belongs to (format and facility type): the 2020 substance-use
   * and mental-health listings name many of the same facilities, and each listing is its own record. */
  readonly dataset: string;
  readonly sourceId: string | null;
  readonly name: string;
  readonly name2: string;
  readonly street1: string;
  readonly street2: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
  readonly phone: string;
  readonly position: string;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function identityKey(p: IdentityParts): string {
  if (p.sourceId) return `${p.source}|id|${p.sourceId}`;
  const where = p.street1 ? [p.street1, p.street2] : [p.phone, p.position];
  return [p.source, p.dataset, p.name, p.name2, ...where, p.city, p.state, p.zip].map(norm).join('|');
}

export function programId(key: string, occurrence: number): string {
  const hash = createHash('sha256')
    .update(occurrence > 1 ? `${key}#${occurrence}` : key)
    .digest('hex');
  return `p_${hash.slice(0, 20)}`;
}

/** Hands out ids for one file, numbering repeated keys in file order. */
export class IdentityAllocator {
  private readonly seen = new Map<string, number>();
  next(key: string): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return programId(key, n);
  }
}
