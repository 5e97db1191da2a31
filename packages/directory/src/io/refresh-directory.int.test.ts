import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DATA } from '@carelevel/engine/testing';
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from '@carelevel/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programId } from '../model/program-identity.js';
import { LocatorAnswerError, LocatorUnavailableError } from '../refresh/locator-client.js';
import { circleArea } from '../refresh/refresh-area.js';
import { getProgram, loadPrograms, programNames, reportOpenings } from '../store/program-store.js';
import { correctProgram, listSnapshots, programRecord } from '../store/snapshot-store.js';
import { startFakeLocator, type FakeLocator } from '../test-support/locator-server.js';
import { refreshDirectory, type RefreshOptions } from './refresh-directory.js';

type Row = Record<string, unknown> & { frid: string; phone: string };
const SAMPLE = (JSON.parse(readFileSync(join(SHARED_DATA, 'findtreatment-api-sample-2019.json'), 'utf8')) as { rows: Row[] }).rows;
const idOf = (row: Row): string => programId(`samhsa-locator|id|${row.frid}`, 1);

describe.each(TEST_DIALECTS)('refreshing the directory from the locator export on %s', (dialect) => {
  let t: TestDatabase;
  let locator: FakeLocator;
  const area = circleArea({ lat: 38.03, lon: -78.47 }, 25, 'substance-use');
  const options = (over: Partial<RefreshOptions> = {}): RefreshOptions => ({
    url: locator.url,
    area,
    pageSize: 7,
    pauseMs: 1,
    policy: { attempts: 3, backoffMs: 5, timeoutMs: 5000 },
    workDir: mkdtempSync(join(tmpdir(), 'carelevel-refresh-')),
    ...over,
  });

  const [removed, phoneChanged, staffCorrected, staffOpenings] = SAMPLE as [Row, Row, Row, Row];
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    locator = await startFakeLocator({ rows: SAMPLE, failTimes: new Map([[3, 2]]) });
  });
  afterAll(async () => {
    await locator.close();
    await t.dispose();
  });

  it('pages through the export politely, retrying a page that fails twice, and imports every program once', async () => {
    const summary = await refreshDirectory(t.database.db, options());
    expect(summary).toMatchObject({ pages: 5, added: SAMPLE.length, changed: 0, unchanged: 0, noLongerListed: 0, rowsSkipped: 0 });
    const pages = locator.requests.map((q) => q.get('page'));
    expect(pages).toEqual(['1', '2', '3', '3', '3', '4', '5']);
    const first = locator.requests[0] as URLSearchParams;
    expect(Object.fromEntries(first)).toMatchObject({
      sAddr: '38.03,-78.47',
      limitType: '2',
      limitValue: '40234',
      sType: 'SA',
      pageSize: '7',
    });
    expect((await loadPrograms(t.database.db)).length).toBe(SAMPLE.length);
  });

  it('updates instead of duplicating, marks the program no longer returned, and keeps what program staff reported', async () => {
    const db = t.database.db;
    const openings = { acceptingNewClients: true, seats: 3, reportedAt: new Date().toISOString() };
    expect(await reportOpenings(db, idOf(staffOpenings), openings)).toBe(true);
    expect(
      await correctProgram(db, idOf(staffCorrected), { phone: '434-555-0199' }, { who: 'program', at: new Date(), confirm: true }),
    ).toBe(true);
    const added: Row = { ...(SAMPLE[5] as Row), frid: 'f'.repeat(64), name1: 'Added Program (fictional)' };
    locator.requests.length = 0;
    locator.scenario = {
      rows: [...SAMPLE.filter((r) => r !== removed).map((r) => (r === phoneChanged ? { ...r, phone: '434-555-0123' } : r)), added],
    };
    const summary = await refreshDirectory(db, options());
    expect(summary).toMatchObject({ added: 1, changed: 1, unchanged: SAMPLE.length - 2, noLongerListed: 1 });

    const listed = await loadPrograms(db);
    expect(listed.length).toBe(SAMPLE.length);
    expect(listed.some((p) => p.id === idOf(removed))).toBe(false);
    // still there for the referrals and timelines that name it
    expect((await programNames(db, [idOf(removed)])).get(idOf(removed))).toBe(removed.name1);
    expect((await programRecord(db, idOf(removed)))?.noLongerListedSince).not.toBeNull();

    expect((await getProgram(db, idOf(phoneChanged)))?.phone).toBe('434-555-0123');
    expect((await getProgram(db, idOf(staffOpenings)))?.openings).toEqual(openings);
    expect(await getProgram(db, idOf(staffCorrected))).toMatchObject({
      phone: '434-555-0199',
      verifiedBy: 'program',
      lastVerified: new Date().toISOString().slice(0, 10),
    });

    const history = await programRecord(db, idOf(phoneChanged));
    expect(history?.history.map((h) => h.outcome)).toEqual(['added', 'changed']);
    expect(history?.history[1]?.changes).toEqual({ phone: { from: phoneChanged.phone, to: '434-555-0123' } });
    const corrected = await programRecord(db, idOf(staffCorrected));
    expect(corrected?.history.map((h) => [h.kind, h.outcome])).toEqual([
      ['refresh', 'added'],
      ['correction', 'changed'],
      ['refresh', 'unchanged'],
    ]);
    expect(corrected?.staffFields.phone).toMatchObject({ by: 'program', locator: staffCorrected.phone });

    const snapshots = await listSnapshots(db);
    expect(snapshots[0]).toMatchObject({ kind: 'refresh', source: locator.url, area: area.key, added: 1, changed: 1, noLongerListed: 1 });
  });

  it('lets the source win once it changes a field staff corrected, and lists a program again when it returns', async () => {
    const db = t.database.db;
    locator.scenario = {
      rows: SAMPLE.map((r) =>
        r === staffCorrected ? { ...r, phone: '434-555-0777' } : r === phoneChanged ? { ...r, phone: '434-555-0123' } : r,
      ),
    };
    const summary = await refreshDirectory(db, options());
    // the staff-corrected and the relisted program changed; the one added last time is gone now
    expect(summary).toMatchObject({ added: 0, changed: 2, noLongerListed: 1 });
    expect((await getProgram(db, idOf(staffCorrected)))?.phone).toBe('434-555-0777');
    expect((await programRecord(db, idOf(staffCorrected)))?.staffFields).toEqual({});
    const back = await programRecord(db, idOf(removed));
    expect(back?.noLongerListedSince).toBeNull();
    expect(back?.history.map((h) => h.outcome)).toEqual(['added', 'no-longer-listed', 'relisted']);
    expect((await loadPrograms(db)).some((p) => p.id === idOf(removed))).toBe(true);
  });

  it('writes nothing when a page never answers, and --resume continues from the last page fetched', async () => {
    const db = t.database.db;
    const before = (await listSnapshots(db)).length;
    const workDir = mkdtempSync(join(tmpdir(), 'carelevel-refresh-'));
    locator.scenario = { ...locator.scenario, failTimes: new Map([[4, 4]]) };
    locator.requests.length = 0;
    await expect(refreshDirectory(db, options({ workDir }))).rejects.toThrow(LocatorUnavailableError);
    expect((await listSnapshots(db)).length).toBe(before);
    locator.requests.length = 0;
    const summary = await refreshDirectory(db, options({ workDir, resume: true }));
    expect(summary.pagesResumed).toBe(3);
    expect(locator.requests.map((q) => q.get('page'))).toEqual(['4', '4', '5']);
    expect(summary).toMatchObject({ pages: 5, unchanged: SAMPLE.length, added: 0, changed: 0, noLongerListed: 0 });
  });

  it('names the field and the rule when the service answers something else', async () => {
    locator.scenario = { rows: SAMPLE, wrongBody: new Map([[1, '<html>Maintenance</html>']]) };
    await expect(refreshDirectory(t.database.db, options())).rejects.toThrow(/must be JSON; it starts with "<html>Maintenance<\/html>"/);
    locator.scenario = { rows: SAMPLE, wrongBody: new Map([[1, JSON.stringify({ page: 1, rows: [] })]]) };
    const err = await refreshDirectory(t.database.db, options()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocatorAnswerError);
    expect((err as LocatorAnswerError).field).toBe('totalPages');
    expect((err as Error).message).toMatch(/totalPages: must be a whole number/);
  });

  it('with --skip-invalid keeps a program the source still lists but whose row is invalid: reported skipped, not removed', async () => {
    const db = t.database.db;
    const broken = SAMPLE[6] as Row;
    const before = await getProgram(db, idOf(broken));
    locator.scenario = { rows: SAMPLE.map((r) => (r === broken ? { ...r, zip: 'not a zip', phone: '434-555-0000' } : r)) };
    const summary = await refreshDirectory(db, options({ skipInvalid: true }));
    expect(summary).toMatchObject({ rowsSkipped: 1, keptAsBefore: 1, noLongerListed: 0 });
    expect(summary.skipped.map((i) => i.field)).toEqual(['rows[6].zip']);
    // still in search, exactly as it was
    expect((await loadPrograms(db)).find((p) => p.id === idOf(broken))).toEqual(before);
    const record = await programRecord(db, idOf(broken));
    expect(record?.noLongerListedSince).toBeNull();
    expect(record?.history.at(-1)?.outcome).toBe('skipped');
    // the next refresh compares with this one: once the source stops returning it, it is no longer listed
    locator.scenario = { rows: SAMPLE.filter((r) => r !== broken) };
    expect(await refreshDirectory(db, options({ skipInvalid: true }))).toMatchObject({
      rowsSkipped: 0,
      keptAsBefore: 0,
      noLongerListed: 1,
    });
    expect((await programRecord(db, idOf(broken)))?.noLongerListedSince).not.toBeNull();
  });

  it("keeps the hours and levels a program's staff set over a later refresh, and shows both in its history", async () => {
    const db = t.database.db;
    const id = idOf(SAMPLE[8] as Row);
    const before = await getProgram(db, id);
    const hours = {
      open24Hours: false,
      times: [
        { day: 'mon', opens: '08:00', closes: '17:00' },
        { day: 'sat', opens: '09:00', closes: '12:00' },
      ],
      note: 'Walk-ins until 2 pm',
    } as const;
    const levels = ['outpatient', 'intensive-outpatient'] as const;
    expect(await correctProgram(db, id, { hours, levels }, { who: 'program', at: new Date(), confirm: true })).toBe(true);
    locator.scenario = { rows: SAMPLE };
    await refreshDirectory(db, options());
    expect(await getProgram(db, id)).toMatchObject({ hours, care: { levels } });
    const record = await programRecord(db, id);
    expect(record?.staffFields).toMatchObject({
      hours: { by: 'program', locator: null },
      levels: { by: 'program', locator: JSON.stringify(before?.care.levels) },
    });
    const correction = record?.history.find((h) => h.kind === 'correction');
    expect(correction?.changes).toMatchObject({ hours: { from: null, to: hours }, levels: { from: before?.care.levels, to: levels } });
    expect(record?.history.at(-1)).toMatchObject({ kind: 'refresh', outcome: 'unchanged', changes: null });
    // a second correction of the hours still remembers that the source said nothing
    await correctProgram(db, id, { hours: { ...hours, note: '' } }, { who: 'program', at: new Date() });
    expect((await programRecord(db, id))?.staffFields.hours?.locator).toBeNull();
    await refreshDirectory(db, options());
    expect((await getProgram(db, id))?.hours).toEqual({ ...hours, note: '' });
  });
});
