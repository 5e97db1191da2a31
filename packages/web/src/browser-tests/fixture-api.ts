/**
 * Stands in for the server's public program search in the browser tests: it answers in the
 * contract's ProgramSearchAnswer shape and keeps every query it was sent, so the privacy test can show
 * what left the device.
 */
export interface FixtureApi {
  readonly queries: URL[];
  /** Reports of a problem with a listing: the program and exactly the body the page sent. */
  readonly reports: { readonly programId: string; readonly body: unknown }[];
  readonly handle: (url: URL, method?: string, body?: string) => { status: number; body: unknown };
}

export const EMPTY_ZIP = '99999';
/** A ZIP the server does not know: it answers 400 naming the field, as the real route does. */
export const UNKNOWN_ZIP = '00000';
/** A ZIP with more programs than one page (27), answered page by page with `offset`. */
export const CROWDED_ZIP = '97999';
/** A rural ZIP: the nearest program that fits is 660 miles away, beyond any distance the form offers. */
export const FAR_ZIP = '99501';

const empty = (suggestions: readonly unknown[]): { status: number; body: unknown } => ({
  status: 200,
  body: { near: null, choices: [], total: 0, offset: 0, limit: 20, results: [], suggestions, helpline: '1-800-662-4357' },
});

export function fixtureApi(): FixtureApi {
  const queries: URL[] = [];
  const reports: FixtureApi['reports'] = [];
  const handle = (url: URL, method = 'GET', text = ''): { status: number; body: unknown } => {
    const reported = /^\/api\/v1\/programs\/([^/]+)\/reports$/.exec(url.pathname);
    if (reported && method === 'POST') {
      reports.push({ programId: decodeURIComponent(reported[1] ?? ''), body: JSON.parse(text) as unknown });
      return { status: 201, body: { id: '00000000-0000-4000-8000-000000000001', status: 'open' } };
    }
    queries.push(url);
    if (url.pathname !== '/api/v1/programs') return { status: 404, body: { error: 'not found' } };
    const zip = url.searchParams.get('near') ?? '';
    const level = url.searchParams.get('levels') ?? 'outpatient';
    if (zip === UNKNOWN_ZIP) return { status: 400, body: { errors: [{ path: ['query', 'near'], message: 'unknown ZIP code' }] } };
    // Empty while a payment must-have is set or the distance is under 50 miles, as a real directory
    // would be: the suggestions say so, and following one finds programs.
    const payments = url.searchParams.get('payments');
    if (zip === EMPTY_ZIP && (payments !== null || Number(url.searchParams.get('radiusMiles')) < 50))
      return empty([
        ...(payments !== null ? [{ code: 'drop-filter', facts: { filter: 'payments' } }] : []),
        { code: 'widen-radius', facts: { radiusMiles: 50 } },
        { code: 'try-telehealth' },
        { code: 'call-helpline', facts: { phone: '1-800-662-4357' } },
      ]);
    if (zip === FAR_ZIP)
      return empty([
        { code: 'widen-radius', facts: { radiusMiles: 660 } },
        { code: 'try-telehealth' },
        { code: 'call-helpline', facts: { phone: '1-800-662-4357' } },
      ]);
    type Listing = Record<string, unknown> & { readonly scope: string; readonly distanceMiles: number };
    const program = (id: string, name: string, miles: number, scope: string, extra: Record<string, unknown> = {}): Listing => ({
      id,
      name,
      name2: '',
      street1: `${Math.round(miles * 100)} Main St`,
      city: 'Portland',
      state: 'OR',
      zip,
      phone: '503-555-0100',
      intakePhone: '',
      website: '',
      distanceMiles: miles,
      scope,
      levels: [level],
      withdrawalManagement: [],
      medications: ['buprenorphine'],
      payments: ['private', 'medicaid'],
      lastVerified: '2026-10-01',
      stale: false,
      fits: [
        { code: 'offers-level', facts: { level } },
        { code: 'accepts-payment', facts: { payment: 'medicaid' } },
      ],
      misfits: [],
      notes: [],
      source: 'sample',
      ...extra,
    });
    if (zip === CROWDED_ZIP) {
      const all = Array.from({ length: 27 }, (_, i) => program(`c${i + 1}`, `Program ${i + 1}`, 0.5 + i, 'co-occurring'));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      return {
        status: 200,
        body: {
          near: zip,
          choices: [],
          total: all.length,
          offset,
          limit: 20,
          results: all.slice(offset, offset + 20),
          suggestions: [],
          helpline: '1-800-662-4357',
        },
      };
    }
    // Three kinds of program; a scope is honoured as the server does (a substance-use or mental-health
    // search also finds programs that treat both, never the other kind).
    const all = [
      program('p1', 'Riverside Recovery Center', 2.4, 'substance-use'),
      program('p2', 'Bridge Dual Care', 11.8, 'co-occurring', {
        stale: true,
        lastVerified: '2025-06-01',
        misfits: [{ code: 'no-schedule-track', facts: { track: 'evening' } }],
        notes: [
          { code: 'openings-out-of-date', facts: { reportedAt: '2026-10-10T12:00:00Z', days: 56 } },
          { code: 'listing-unverified', facts: { lastVerified: '2025-06-01', days: 552 } },
        ],
      }),
      program('p3', 'Hillside Counseling', 4.1, 'mental-health', {
        verifiedBy: 'program',
        lastVerified: '2026-11-20',
        hours: {
          open24Hours: false,
          times: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
          note: 'Walk-ins until 2 pm',
        },
      }),
    ];
    const scope = url.searchParams.get('scope');
    const fits = (s: string): boolean =>
      scope === null || (scope === 'co-occurring' ? s === 'co-occurring' : s === scope || s === 'co-occurring');
    const results = all.filter((p) => fits(p.scope)).sort((a, b) => a.distanceMiles - b.distanceMiles);
    return {
      status: 200,
      body: { near: zip, choices: [], total: results.length, offset: 0, limit: 20, results, suggestions: [], helpline: '1-800-662-4357' },
    };
  };
  return { queries, reports, handle };
}
