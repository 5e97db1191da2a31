// @carelevel/directory — treatment programs: model, importers, offline ZIP geocoding, spatial
// search and fit ranking, and the queries over the program tables. See README.md.

// model
export type { Program, Address, Coordinates, Openings, CareOffered, Serves } from './model/program.js';
export * from './model/vocabulary.js';
export { identityKey, programId } from './model/program-identity.js';

// crosswalk (locator service codes → model)
export { SERVICE_CODES, SERVICE_CODE_BY_CODE, type ServiceCode } from './crosswalk/service-codes.js';
export { codeForServiceName, effectsForServiceName, normalizeServiceName } from './crosswalk/service-names.js';
export type { Effect } from './crosswalk/effect.js';
export { applyEffects, type Offerings } from './crosswalk/apply-effects.js';

// reading files (pure: bytes in, rows out)
export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv/parse-csv.js';
export { decodeText, EncodingError, ENCODINGS, type Encoding } from './csv/decode-text.js';
export { IMPORT_FORMATS, detectFormat, type ImportFormat } from './importers/detect-format.js';
export { readPrograms, type ReadOptions, type ReadFile } from './importers/read-programs.js';
export { formatIssue, ImportFileError, type ImportIssue } from './importers/import-issue.js';
export type { RowOutcome } from './importers/row-outcome.js';
export { CARELEVEL_FIELDS, CARELEVEL_REQUIRED } from './importers/carelevel-record.js';
export { CARELEVEL_JSON_FORMAT } from './importers/carelevel-formats.js';

// geography
export { distanceMiles, EARTH_RADIUS_MILES } from './geo/haversine.js';
export { zipTable, zipCoordinates, type ZipTable, type ZipPlace } from './geo/zip-centroids.js';
export { lookupPlace, type Place, type PlaceLookup } from './geo/place-lookup.js';

// search (pure over an in-memory index)
export { buildIndex, type DirectoryIndex } from './search/directory-index.js';
export {
  type ProgramFilters,
  type SearchQuery,
  FILTER_GROUPS,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  NATIONAL_HELPLINE,
  OPENINGS_FRESH_DAYS,
  STALE_AFTER_DAYS,
} from './search/filters.js';
export { searchPrograms, suggestRelaxing, SearchInputError, type SearchResult, type SearchResponse } from './search/search-programs.js';
export { explainFit, type FitExplanation } from './search/explain-fit.js';
export {
  recommendationQuery,
  searchForRecommendation,
  PAYMENTS_FOR_COVERAGE,
  type RecommendationNeeds,
} from './search/search-for-recommendation.js';
export { resolveNear, type Near } from './search/resolve-near.js';

// words
export { DIRECTORY_LOCALES, renderDirectoryMessage } from './locale/render-message.js';
export { DIRECTORY_MESSAGE_CODES, type DirectoryLocale, type DirectoryMessageCode } from './locale/directory-locale.js';

// sample directory
export { generateSampleDirectory, type SampleOptions } from './sample/generate-sample.js';
export { seededRandom } from './sample/seeded-random.js';

// the program store (queries over the app's storage)
export {
  storeImport,
  storePrograms,
  loadPrograms,
  countPrograms,
  getProgram,
  getProgramListing,
  programNames,
  knownProgramIds,
  reportOpenings,
  setScheduleTracks,
  ImportRejectedError,
  type ImportSummary,
  type StoreOptions,
  type ScheduleChange,
} from './store/program-store.js';

// snapshots: every import and refresh, and each program's field history
export {
  listSnapshots,
  programRecord,
  correctProgram,
  markProgramClosed,
  directoryHealth,
  type DirectoryHealth,
  type ProgramCorrection,
  type Snapshot,
  type ProgramRecord,
  type ProgramHistoryEntry,
} from './store/snapshot-store.js';
export {
  HISTORY_COLUMNS,
  STAFF_CORRECTABLE,
  mergeProgram,
  type FieldChanges,
  type Outcome,
  type StaffFields,
  type StaffCorrectable,
} from './store/snapshot-merge.js';

// refreshing from the national locator's export API
export {
  LOCATOR_EXPORT_URL,
  LocatorAnswerError,
  LocatorUnavailableError,
  fetchLocatorPage,
  pageUrl,
  readLocatorAnswer,
  type FetchPolicy,
  type LocatorPage,
  type LocatorType,
} from './refresh/locator-client.js';
export { circleArea, stateArea, type RefreshArea } from './refresh/refresh-area.js';
export { refreshDirectory, type RefreshOptions, type RefreshProgress, type RefreshSummary } from './io/refresh-directory.js';

// file and database glue
export { importFile, type ImportFileOptions } from './io/import-file.js';
export { loadIndex, ensureSampleDirectory, SAMPLE_SEED, SAMPLE_COUNT } from './io/load-index.js';
export { searchResponseView, searchResponseText, type SearchResultView } from './search/search-output.js';
export { parseFilterOption, parseLanguageOption, parseNumberOption } from './search/parse-filter-option.js';
export { SUPPORT_SERVICES, SUPPORT_POPULATIONS } from './crosswalk/support-services.js';
