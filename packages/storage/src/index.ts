// @carelevel/storage — the app's one database: opening SQLite or PostgreSQL, the one migration
// sequence, and the table types every store queries through. See README.md.
export type { DialectName } from './dialect.js';
export {
  openAppDatabase,
  openDatabase,
  resolveDatabaseLocation,
  DatabaseConfigError,
  SQLITE_FILE_NAME,
  type AppDatabase,
  type DatabaseLocation,
} from './open-database.js';
export { migrateToLatest, MigrationFailedError } from './migrate.js';
export { appMigrations, type NamedMigration } from './migrations/app-migrations.js';
export type { AppTables } from './tables/app-tables.js';
export type { ProgramsTable, ImportsTable, SnapshotProgramsTable, ProgramReportsTable } from './tables/program-tables.js';
export type { UsersTable, SessionsTable, ApiTokensTable, RecoveryCodesTable, SettingsTable } from './tables/account-tables.js';
export type {
  PeopleTable,
  AssessmentsTable,
  DeterminationsTable,
  DeterminationCountsTable,
  ReferralCountsTable,
  ReferralWaitCountsTable,
  EpisodesTable,
  ConsentsTable,
  ReferralsTable,
  ReferralTransitionsTable,
  CareTransitionsTable,
  AftercarePlansTable,
} from './tables/record-tables.js';
export type { AuditEventsTable } from './tables/audit-tables.js';
export type { ProgramFhirEndpointsTable, FhirDeliveriesTable } from './tables/fhir-loop-tables.js';
export { GENESIS_HASH, rowHash, type ChainedFields } from './audit-row-hash.js';
export { isUniqueViolation } from './unique-violation.js';
export { grantAppRole } from './grant-app-role.js';
export { backupSqlite, restoreSqlite, BackupError } from './sqlite-backup.js';
