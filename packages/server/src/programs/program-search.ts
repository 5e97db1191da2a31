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
  const filters: ProgramFilters = {
    ...(q.levels ? { levels: q.levels } : {}),
    ...(q.payments ? { payments: q.payments } : {}),
    ...(q.scheduleTracks ? { scheduleTracks: q.scheduleTracks } : {}),
    ...(q.services ? { services: q.services } : {}),
    ...(q.populations ? { populations: q.populations } : {}),
    ...(q.languages ? { languages: q.languages } : {}),
    ...(q.medications ? { medications: q.medications } : {}),
  };
  const preferences: ProgramFilters = {
    ...(q.preferPayments ? { payments: q.preferPayments } : {}),
    ...(q.preferScheduleTracks ? { scheduleTracks: q.preferScheduleTracks } : {}),
    ...(q.preferServices ? { services: q.preferServices } : {}),
    ...(q.preferPopulations ? { populations: q.preferPopulations } : {}),
    ...(q.preferLanguages ? { languages: q.preferLanguages } : {}),
  };
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
