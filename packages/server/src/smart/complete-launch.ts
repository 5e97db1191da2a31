import { DomainError } from '@carelevel/contract';
import type { Principal } from '../accounts/principal.js';
import { startSession, type IssuedSession } from '../accounts/session-store.js';
import { principalRow } from '../accounts/user-store.js';
import type { ServerContext } from '../http/context.js';
import { RecordAccess } from '../records/record-access.js';
import { personRecords } from '../records/request-records.js';
import { fhirUserKey, issuerKey } from './fhir-user.js';
import { personForPatient } from './person-for-patient.js';
import { RecordFhir } from './record-fhir.js';
import { discover, exchangeCode, LaunchRefused } from './smart-client.js';
import type { SmartRecord } from './smart-records.js';
import type { PendingLaunch } from './smart-store.js';
import { keepToken, linkedUser } from './smart-store.js';

export interface OpenedLaunch {
  readonly session: IssuedSession;
  readonly userId: string;
  readonly personId: string;
}

/**
 * The callback's work once its `state` matched a launch: the code exchanged and the id_token checked,
 * the record user mapped to their account (refused when unmapped or disabled), the person found or
 * created as that account (checked and audited), a staff session started, and the record's access
 * token kept server-side against that session. Refusals are `LaunchRefused`, in words for the page.
 */
export async function completeLaunch(
  ctx: ServerContext,
  record: SmartRecord,
  callback: URL,
  state: string,
  redirect: string,
  launch: PendingLaunch,
  from: { readonly ip: string; readonly previousCookie: string | undefined },
): Promise<OpenedLaunch> {
  const { db } = ctx;
  const granted = await exchangeCode(await discover(record.iss), record, callback, state, redirect, launch);
  const iss = issuerKey(record.iss);
  const key = fhirUserKey(iss, granted.fhirUser);
  if (!key.ok) throw new LaunchRefused('fhirUser', key.problem, 403);
  const userId = await linkedUser(db, iss, key.key);
  const row = userId ? await principalRow(db, userId) : undefined;
  if (!userId || !row || row.disabled_at !== null)
    throw new LaunchRefused('fhirUser', 'your health-record user is not linked to a carelevel account; an administrator links them', 403);
  const principal: Principal = {
    userId,
    role: row.role as Principal['role'],
    programs: row.programs,
    via: 'session',
    mustEnrolSecondFactor: false,
  };
  const patient = await new RecordFhir(record.iss, granted.accessToken).patient(granted.patient);
  let personId: string;
  try {
    personId = await personForPatient(db, personRecords(new RecordAccess(db, principal, from.ip)), iss, granted.patient, patient);
  } catch (e) {
    if (e instanceof DomainError && (e.code === 'forbidden' || e.code === 'no-consent'))
      throw new LaunchRefused('fhirUser', 'your carelevel account’s role cannot open a person from the health record', 403);
    throw e;
  }
  const session = await startSession(db, userId, from.previousCookie, ctx.sessionPolicy, from.ip);
  const token = { iss, accessToken: granted.accessToken, scope: granted.scope, patientId: granted.patient, personId };
  await keepToken(db, session.cookie, token, granted.expiresIn);
  return { session, userId, personId };
}
