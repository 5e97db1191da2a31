import { FHIR_TASK_STATUS, OPEN_REFERRAL_STATES, type ReferralState, type ReferralView } from '@carelevel/contract';
import type { Organization, Reference, ServiceRequest, Task } from '@medplum/fhirtypes';
import { CARELEVEL_SYSTEM_BASE, levelCoding } from './fhir-codes.js';
import { labelled } from './part2-labels.js';

/** A referral's carelevel id, on the ServiceRequest and Task a program's system keeps. */
export const REFERRAL_ID_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/sid/referral-id`;

/** The program a referral goes to, as a logical reference by its directory id. */
export const PROGRAM_ID_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/sid/program-id`;
export const REFERRAL_STATE_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/CodeSystem/referral-state`;

const program = (programId: string): Reference<Organization> => ({
  type: 'Organization',
  identifier: { system: PROGRAM_ID_SYSTEM, value: programId },
});

/** A referral still under way is an active order; one that ended without admission is revoked. */
function requestStatus(state: ReferralState): ServiceRequest['status'] {
  if ((OPEN_REFERRAL_STATES as readonly ReferralState[]).includes(state)) return 'active';
  if (state === 'admitted' || state === 'completed') return 'completed';
  return 'revoked';
}

/** FHIR's request priority for the urgency the referring clinician gave. */
const PRIORITY: Readonly<Record<ReferralView['urgency'], NonNullable<ServiceRequest['priority']>>> = {
  routine: 'routine',
  soon: 'urgent',
  urgent: 'asap',
};

/** The referral as the order: to this program, for this person, at this level of care. */
export function serviceRequestOf(r: ReferralView): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: labelled({
      versionId: String(r.version),
      lastUpdated: r.updatedAt,
      profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-servicerequest'],
    }),
    status: requestStatus(r.status),
    intent: 'order',
    priority: PRIORITY[r.urgency],
    category: [{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }],
    code: r.level
      ? { coding: [levelCoding(r.level)], text: `Referral to ${levelCoding(r.level).display}` }
      : { text: 'Referral to treatment' },
    subject: { reference: `Patient/${r.personId}` },
    authoredOn: r.createdAt,
    performer: [program(r.programId)],
    supportingInfo: [{ reference: `Consent/${r.consentId}` }],
    ...(r.note ? { note: [{ text: r.note }] } : {}),
  };
}

/**
 * The referral's progress as a Task the way the Gravity SDOH referral-management Task keeps it: the
 * FHIR status, and carelevel's own state as the business status; a declined referral's reason as the
 * status reason.
 */
export function taskOf(r: ReferralView): Task {
  return {
    resourceType: 'Task',
    id: r.id,
    meta: labelled({
      versionId: String(r.version),
      lastUpdated: r.updatedAt,
      profile: ['http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement'],
    }),
    status: FHIR_TASK_STATUS[r.status],
    businessStatus: { coding: [{ system: REFERRAL_STATE_SYSTEM, code: r.status }], text: r.status },
    ...(r.reason ? { statusReason: { text: r.reason } } : {}),
    intent: 'order',
    code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] },
    focus: { reference: `ServiceRequest/${r.id}` },
    for: { reference: `Patient/${r.personId}` },
    authoredOn: r.createdAt,
    lastModified: r.updatedAt,
    priority: PRIORITY[r.urgency],
    ...(r.expectedAdmissionOn || r.admittedOn
      ? { restriction: { period: { start: r.admittedOn ?? r.expectedAdmissionOn ?? undefined } } }
      : {}),
    owner: program(r.programId),
  };
}
