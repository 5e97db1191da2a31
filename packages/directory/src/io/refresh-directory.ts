import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppTables } from '@carelevel/storage';
import type { Kysely } from 'kysely';
import { zipTable } from '../geo/zip-centroids.js';
import { readLocatorApiJson } from '../importers/locator-api-json.js';
import type { RowOutcome } from '../importers/row-outcome.js';
import { IdentityAllocator } from '../model/program-identity.js';
import { fetchLocatorPage, pageUrl, sleep, type FetchPolicy } from '../refresh/locator-client.js';
import type { RefreshArea } from '../refresh/refresh-area.js';
import { storeImport, type ImportSummary, type StoreOptions } from '../store/program-store.js';

export interface RefreshProgress {
  /** Pages fetched so far (this run and, with resume, before) and the pages known to be there. */
  readonly pagesFetched: number;
  readonly pagesKnown: number;
  /** Programs the fetched pages held. */
  readonly programs: number;
}

export interface RefreshOptions extends Pick<StoreOptions, 'skipInvalid' | 'now' | 'batchSize'> {
  /** The export's address (LOCATOR_EXPORT_URL unless a test or mirror says otherwise). */
  readonly url: string;
  readonly area: RefreshArea;
  readonly pageSize: number;
  /** The pause between two pages, to be polite to the service. */
  readonly pauseMs: number;
  readonly policy: FetchPolicy;
  /** Where fetched pages wait until every page is in (kept after a failure, for resume). */
  readonly workDir: string;
  /** Continue from the last page fetched by an earlier run of the same refresh. */
  readonly resume?: boolean;
  readonly onFetch?: (p: RefreshProgress) => void;
  readonly onStore?: (rowsRead: number) => void;
}

export interface RefreshSummary extends ImportSummary {
  readonly pages: number;
  /** Pages an earlier run had fetched that this one reused (--resume). */
  readonly pagesResumed: number;
  /** Rows of a state sweep left out because their program is in another state. */
  readonly outsideState: number;
}

interface SpoolState {
  readonly url: string;
  readonly area: string;
  /** Per circle: its pages (once the first answered) and how many are fetched, in order. */
  circles: { totalPages: number | null; fetched: number; records: number }[];
}

/**
 * Refresh the directory from the locator's export: fetch every page of every circle of the area
 * (politely, with retries), keeping each page on disk as it arrives so an interrupted run can
 * resume; then import them all as one snapshot in one transaction (nothing is written until every
 * page is in). Programs the last refresh of the same source and area listed and this one did not are
 * marked no longer listed.
 */
export async function refreshDirectory(db: Kysely<AppTables>, options: RefreshOptions): Promise<RefreshSummary> {
  const { url, area } = options;
  const dir = join(options.workDir, createHash('sha256').update(`${url}\n${area.key}`).digest('hex').slice(0, 20));
  const statePath = join(dir, 'state.json');
  let state: SpoolState | undefined;
  if (options.resume) {
    try {
      const read = JSON.parse(readFileSync(statePath, 'utf8')) as SpoolState;
      if (read.url === url && read.area === area.key && read.circles.length === area.circles.length) state = read;
    } catch {
      state = undefined;
    }
  }
  if (!state) {
    rmSync(dir, { recursive: true, force: true });
    state = { url, area: area.key, circles: area.circles.map(() => ({ totalPages: null, fetched: 0, records: 0 })) };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pagesResumed = state.circles.reduce((n, c) => n + c.fetched, 0);
  const progress = (): RefreshProgress => ({
    pagesFetched: state.circles.reduce((n, c) => n + c.fetched, 0),
    pagesKnown: state.circles.reduce((n, c) => n + (c.totalPages ?? 1), 0),
    programs: state.circles.reduce((n, c) => n + c.records, 0),
  });
  let first = true;
  for (const [i, circle] of area.circles.entries()) {
    const s = state.circles[i] as SpoolState['circles'][number];
    while (s.totalPages === null || s.fetched < s.totalPages) {
      if (!first && options.pauseMs > 0) await sleep(options.pauseMs);
      first = false;
      const pageNumber = s.fetched + 1;
      const address = pageUrl(
        url,
        { centre: circle.centre, radiusMiles: circle.radiusMiles, type: area.type, pageSize: options.pageSize },
        pageNumber,
      );
      const { page, text } = await fetchLocatorPage(address, options.policy);
      writeFileSync(join(dir, `c${i}-p${pageNumber}.json`), text, { mode: 0o600 });
      s.totalPages = page.totalPages;
      s.fetched = pageNumber;
      s.records += page.rows.length;
      writeFileSync(statePath, JSON.stringify(state), { mode: 0o600 });
      options.onFetch?.(progress());
      if (page.rows.length === 0) break;
    }
    s.totalPages = s.fetched;
  }
  let outsideState = 0;
  const zips = zipTable();
  const spooled = state;
  function* rows(): Generator<RowOutcome> {
    for (const [i, c] of spooled.circles.entries()) {
      for (let p = 1; p <= c.fetched; p++) {
        const text = readFileSync(join(dir, `c${i}-p${p}.json`), 'utf8');
        const label = `${url} (circle ${i + 1}, page ${p})`;
        // A fresh allocator per page: a facility the overlapping circles of a sweep return again keeps
        // its one id (by frid), so the import counts it once instead of numbering it as a repeat.
        for (const outcome of readLocatorApiJson(text, { file: label, zips, ids: new IdentityAllocator() })) {
          if (area.state && 'program' in outcome && outcome.program.address.state !== area.state) {
            outsideState++;
            continue;
          }
          yield outcome;
        }
      }
    }
  }
  const summary = await storeImport(
    db,
    { file: url, format: 'locator-api-json', rows: rows() },
    {
      refreshArea: area.key,
      ...(options.skipInvalid !== undefined ? { skipInvalid: options.skipInvalid } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.onStore ? { onProgress: options.onStore } : {}),
    },
  );
  rmSync(dir, { recursive: true, force: true });
  return { ...summary, rowsRead: summary.rowsRead, pages: progress().pagesFetched, pagesResumed, outsideState };
}
