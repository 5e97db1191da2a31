import KDBush from 'kdbush';
import type { Program } from '../model/program.js';
import { BIT_GROUP_NAMES, programBits, type BitGroup } from './program-bits.js';

/**
 * The in-memory search index: the programs, a k-d tree over those with coordinates, and each
 * program's vocabularies as bit masks. Built once from the stored tables; searched many times.
 */
export interface DirectoryIndex {
  readonly programs: readonly Program[];
  /** k-d tree over (lon, lat) of the programs that have coordinates; tree item k is programs[located[k]]. */
  readonly tree: KDBush;
  readonly located: Int32Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly bits: Readonly<Record<BitGroup, Uint32Array>>;
  /** 1 substance-use, 2 mental-health, 3 co-occurring (both bits). */
  readonly scope: Uint8Array;
  /** Time (ms) the program last reported accepting new clients; NaN when not accepting or never said. */
  readonly acceptingSince: Float64Array;
  /** Time (ms) of the last verification; NaN when never. */
  readonly verifiedAt: Float64Array;
}

export const SCOPE_BITS = { 'substance-use': 1, 'mental-health': 2, 'co-occurring': 3 } as const;

export function buildIndex(programs: readonly Program[]): DirectoryIndex {
  const n = programs.length;
  const bits = Object.fromEntries(BIT_GROUP_NAMES.map((g) => [g, new Uint32Array(n)])) as Record<BitGroup, Uint32Array>;
  const lat = new Float64Array(n).fill(NaN);
  const lon = new Float64Array(n).fill(NaN);
  const scope = new Uint8Array(n);
  const acceptingSince = new Float64Array(n).fill(NaN);
  const verifiedAt = new Float64Array(n).fill(NaN);
  const located: number[] = [];
  programs.forEach((p, i) => {
    const b = programBits(p);
    for (const g of BIT_GROUP_NAMES) bits[g][i] = b[g];
    scope[i] = SCOPE_BITS[p.scope];
    if (p.openings?.acceptingNewClients) acceptingSince[i] = Date.parse(p.openings.reportedAt);
    if (p.lastVerified) verifiedAt[i] = Date.parse(`${p.lastVerified}T00:00:00Z`);
    if (p.coordinates) {
      lat[i] = p.coordinates.lat;
      lon[i] = p.coordinates.lon;
      located.push(i);
    }
  });
  const tree = new KDBush(Math.max(located.length, 1), 16, Float64Array);
  for (const i of located) tree.add(lon[i] as number, lat[i] as number);
  if (located.length === 0) tree.add(0, 0); // kdbush needs one point; `located` stays empty so it is never used
  tree.finish();
  return { programs, tree, located: Int32Array.from(located), lat, lon, bits, scope, acceptingSince, verifiedAt };
}
