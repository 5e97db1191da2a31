import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.js';
import { createPrograms } from './0001-directory-programs.js';
import { createImports } from './0002-directory-imports.js';
import { accounts } from './0100-server-accounts.js';
import { records } from './0101-server-records.js';
import { auditLog } from './0102-server-audit-log.js';
import { determinationAdjustments } from './0103-server-determination-adjustments.js';
import { careTransitions } from './0104-server-care-transitions.js';
import { accountLifecycle } from './0105-server-account-lifecycle.js';
import { oneAftercarePlan } from './0106-server-one-aftercare-plan.js';
import { auditChain } from './0107-server-audit-chain.js';
import { referralHandoff } from './0108-referral-handoff.js';
import { determinationWithdrawalSetting } from './0109-determination-withdrawal-setting.js';
import { directorySnapshots } from './0110-directory-snapshots.js';
import { programReports } from './0111-program-reports.js';
import { listingConfirmedBy } from './0112-listing-confirmed-by.js';
import { programHours } from './0113-program-hours.js';
import { fhirClosedLoop } from './0114-fhir-closed-loop.js';
import { smartLaunch } from './0115-smart-launch.js';
import { auditKeysetIndexes } from './0116-audit-keyset-indexes.js';
import { recordKeysetIndexes } from './0117-record-keyset-indexes.js';
import { personNameTrigrams } from './0118-person-name-trigrams.js';
import { fhirBackendServices } from './0120-fhir-backend-services.js';
import { reportCounts } from './0121-report-counts.js';

export interface NamedMigration {
  readonly name: string;
  readonly migration: Migration;
}

/**
 * Every migration of the app, in the one order they run. The names are the ids databases already
 * carry in `kysely_migration` (kysely refuses a database whose recorded migrations are missing from
 * the list), so they never change: the `directory`/`server` in the older names and the gap from 0002
 * to 0100 are history from when two packages kept their own numbers. A new migration takes the next
 * number after the last one here, whichever part of the app it serves.
 */
export function appMigrations(dialect: DialectName): readonly NamedMigration[] {
  return [
    { name: '0001-directory-programs', migration: createPrograms },
    { name: '0002-directory-imports', migration: createImports },
    { name: '0100-server-accounts', migration: accounts },
    { name: '0101-server-records', migration: records },
    { name: '0102-server-audit-log', migration: auditLog(dialect) },
    { name: '0103-server-determination-adjustments', migration: determinationAdjustments },
    { name: '0104-server-care-transitions', migration: careTransitions },
    { name: '0105-server-account-lifecycle', migration: accountLifecycle },
    { name: '0106-server-one-aftercare-plan', migration: oneAftercarePlan },
    { name: '0107-server-audit-chain', migration: auditChain(dialect) },
    { name: '0108-referral-handoff', migration: referralHandoff },
    { name: '0109-determination-withdrawal-setting', migration: determinationWithdrawalSetting },
    { name: '0110-directory-snapshots', migration: directorySnapshots },
    { name: '0111-program-reports', migration: programReports },
    { name: '0112-listing-confirmed-by', migration: listingConfirmedBy },
    { name: '0113-program-hours', migration: programHours },
    { name: '0114-fhir-closed-loop', migration: fhirClosedLoop },
    { name: '0115-smart-launch', migration: smartLaunch },
    { name: '0116-audit-keyset-indexes', migration: auditKeysetIndexes },
    { name: '0117-record-keyset-indexes', migration: recordKeysetIndexes },
    { name: '0118-person-name-trigrams', migration: personNameTrigrams(dialect) },
    { name: '0120-fhir-backend-services', migration: fhirBackendServices },
    { name: '0121-report-counts', migration: reportCounts },
  ];
}
