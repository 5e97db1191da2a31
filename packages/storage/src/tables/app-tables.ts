import type { ApiTokensTable, RecoveryCodesTable, SessionsTable, SettingsTable, UsersTable } from './account-tables.js';
import type { AuditEventsTable } from './audit-tables.js';
import type { FhirDeliveriesTable, ProgramFhirEndpointsTable } from './fhir-loop-tables.js';
import type { SmartLaunchesTable, SmartPatientLinksTable, SmartSessionTokensTable, SmartUserLinksTable } from './smart-tables.js';
import type { ImportsTable, ProgramReportsTable, ProgramsTable, SnapshotProgramsTable } from './program-tables.js';
import type {
  AftercarePlansTable,
  AssessmentsTable,
  CareTransitionsTable,
  ConsentsTable,
  DeterminationsTable,
  DeterminationCountsTable,
  ReferralCountsTable,
  ReferralWaitCountsTable,
  EpisodesTable,
  PeopleTable,
  ReferralsTable,
  ReferralTransitionsTable,
} from './record-tables.js';

/** Every table of the app's one database, as kysely reads and writes them. */
export interface AppTables {
  directory_programs: ProgramsTable;
  directory_imports: ImportsTable;
  directory_snapshot_programs: SnapshotProgramsTable;
  program_reports: ProgramReportsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  recovery_codes: RecoveryCodesTable;
  settings: SettingsTable;
  people: PeopleTable;
  assessments: AssessmentsTable;
  determinations: DeterminationsTable;
  determination_counts: DeterminationCountsTable;
  episodes: EpisodesTable;
  consents: ConsentsTable;
  referrals: ReferralsTable;
  referral_transitions: ReferralTransitionsTable;
  referral_counts: ReferralCountsTable;
  referral_wait_counts: ReferralWaitCountsTable;
  care_transitions: CareTransitionsTable;
  aftercare_plans: AftercarePlansTable;
  audit_events: AuditEventsTable;
  program_fhir_endpoints: ProgramFhirEndpointsTable;
  fhir_deliveries: FhirDeliveriesTable;
  smart_launches: SmartLaunchesTable;
  smart_user_links: SmartUserLinksTable;
  smart_patient_links: SmartPatientLinksTable;
  smart_session_tokens: SmartSessionTokensTable;
}
