import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';
import { zipTable } from '../geo/zip-centroids.js';
import { generateSampleDirectory } from '../sample/generate-sample.js';
import { buildIndex, type DirectoryIndex } from '../search/directory-index.js';
import { countPrograms, loadPrograms, storePrograms } from '../store/program-store.js';

/** Build the search index from the stored tables (call again after an import). */
export async function loadIndex(db: Kysely<AppTables>): Promise<DirectoryIndex> {
  return buildIndex(await loadPrograms(db));
}

export const SAMPLE_SEED = 20260101;
export const SAMPLE_COUNT = 1020;

/** On first run, fill an empty directory with the fictional sample; returns how many were added. */
export async function ensureSampleDirectory(db: Kysely<AppTables>, asOf: Date = new Date()): Promise<number> {
  if ((await countPrograms(db)) > 0) return 0;
  const programs = generateSampleDirectory({ seed: SAMPLE_SEED, count: SAMPLE_COUNT, asOf, zips: zipTable() });
  await storePrograms(db, programs, 'sample directory (fictional)');
  return programs.length;
}
