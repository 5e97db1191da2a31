import { DomainError, type ProgramSearch, type ProgramSearchAnswer } from '@carelevel/contract';
import {
  NATIONAL_HELPLINE,
  resolveNear,
  SearchInputError,
  searchPrograms,
  searchResponseView,
  zipTable,
  type DirectoryIndex,
  type ProgramFilters,
} from '@carelevel/directory';

type AskedGroups = { readonly [K in keyof ProgramFilters]: ProgramFilters[K] | undefined };

/** The filter groups that were asked for (a group left out of the query is not a filter). */
const given = (groups: AskedGroups): ProgramFilters => Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined));

/**
 * The one program search: resolve where (a ZIP, coordinates, or a place name that may name several
 * places to choose from), then the directory's pure search over its index, answered in one shape.
 */
export function findPrograms(index: DirectoryIndex, q: ProgramSearch, now: Date): ProgramSearchAnswer {
  const near = resolveNear(q.near, zipTable());
  if (near.kind === 'unknown') throw new DomainError('invalid-request', [{ path: ['query', 'near'], message: near.rule }]);
  const page = { offset: q.offset, limit: q.limit };
  if (near.kind === 'choices')
    return { near: null, choices: near.choices, total: 0, ...page, results: [], suggestions: [], helpline: NATIONAL_HELPLINE };
  const filters = given({
    levels: q.levels,
    payments: q.payments,
    scheduleTracks: q.scheduleTracks,
    services: q.services,
    populations: q.populations,
    languages: q.languages,
    medications: q.medications,
  });
  const preferences = given({
    payments: q.preferPayments,
    scheduleTracks: q.preferScheduleTracks,
    services: q.preferServices,
    populations: q.preferPopulations,
    languages: q.preferLanguages,
  });
  try {
    const found = searchPrograms(index, {
      near: near.coordinates,
      radiusMiles: q.radiusMiles,
      ...(q.scope ? { scope: q.scope } : {}),
      ...(q.acceptingNow !== undefined ? { acceptingNow: q.acceptingNow } : {}),
      filters,
      preferences,
      sort: q.sort,
      limit: q.limit,
      offset: q.offset,
      now,
    });
    return { near: near.label, choices: [], ...searchResponseView(found) };
  } catch (err) {
    if (err instanceof SearchInputError) throw new DomainError('invalid-request', [{ path: ['query', err.field], message: err.rule }]);
    throw err;
  }
}
