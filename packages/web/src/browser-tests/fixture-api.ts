/**
 * Stands in for the server's public program search in the browser tests: it answers in the
 * contract's ProgramSearchAnswer shape and keeps every query it was sent, so the privacy test can show
 * what left the device.
 */
export interface FixtureApi {
  readonly queries: URL[];
  readonly handle: (url: URL) => { status: number; body: unknown };
}

export const EMPTY_ZIP = '99999';
/** A ZIP the server does not know: it answers 400 naming the field, as the real route does. */
export const UNKNOWN_ZIP = '00000';
/** A ZIP with more programs than one page (27), answered page by page with `offset`. */
export const CROWDED_ZIP = '97999';

export function fixtureApi(): FixtureApi {
  const queries: URL[] = [];
  const handle = (url: URL): { status: number; body: unknown } => {
    queries.push(url);
    if (url.pathname !== '/api/v1/programs') return { status: 404, body: { error: 'not found' } };
    const zip = url.searchParams.get('near') ?? '';
    const level = url.searchParams.get('levels') ?? 'outpatient';
    if (zip === UNKNOWN_ZIP) return { status: 400, body: { errors: [{ path: ['query', 'near'], message: 'unknown ZIP code' }] } };
    if (zip === EMPTY_ZIP)
      return {
        status: 200,
        body: {
          near: zip,
          choices: [],
          total: 0,
          offset: 0,
          limit: 20,
          results: [],
          suggestions: [
            { code: 'widen-radius', facts: { radiusMiles: 50 } },
            { code: 'try-telehealth' },
            { code: 'call-helpline', facts: { phone: '1-800-662-4357' } },
          ],
          helpline: '1-800-662-4357',
        },
      };
    const program = (id: string, name: string, miles: number, misfit: boolean): unknown => ({
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
      // The second program treats mental health only (the page flags it for a substance-use worry).
      scope: misfit ? 'mental-health' : 'substance-use',
      levels: [level],
      withdrawalManagement: [],
      medications: ['buprenorphine'],
      payments: ['private', 'medicaid'],
      lastVerified: '2026-10-01',
      stale: misfit,
      fits: [
        { code: 'offers-level', facts: { level } },
        { code: 'accepts-payment', facts: { payment: 'medicaid' } },
      ],
      misfits: misfit ? [{ code: 'no-schedule-track', facts: { track: 'evening' } }] : [],
      source: 'sample',
    });
    if (zip === CROWDED_ZIP) {
      const all = Array.from({ length: 27 }, (_, i) => program(`c${i + 1}`, `Program ${i + 1}`, 0.5 + i, false));
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
    return {
      status: 200,
      body: {
        near: zip,
        choices: [],
        total: 2,
        offset: 0,
        limit: 20,
        results: [program('p1', 'Riverside Recovery Center', 2.4, false), program('p2', 'Hillside Counseling', 11.8, true)],
        suggestions: [],
        helpline: '1-800-662-4357',
      },
    };
  };
  return { queries, handle };
}
