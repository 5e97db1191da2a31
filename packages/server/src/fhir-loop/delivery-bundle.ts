import type { ConsentView, PersonView, ReferralView } from '@carelevel/contract';
import type { Bundle, BundleEntry, Identifier, Observation, Resource } from '@medplum/fhirtypes';
import { randomUUID } from 'node:crypto';
import { CARELEVEL_SYSTEM_BASE, PERSON_ID_SYSTEM } from '../fhir/fhir-codes.js';
import { consentOf } from '../fhir/consent-resource.js';
import { labelled } from '../fhir/part2-labels.js';
import { patientOf } from '../fhir/patient.js';
import { REFERRAL_ID_SYSTEM, serviceRequestOf, taskOf } from '../fhir/referral-resources.js';

const CONSENT_ID_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/sid/consent-id`;
const OBSERVATION_ID_SYSTEM = `${CARELEVEL_SYSTEM_BASE}/sid/observation-id`;

/** What one referral discloses to the program's system (the observations only when the consent shares assessments). */
export interface ReferralDisclosure {
  readonly person: PersonView;
  readonly referral: ReferralView;
  readonly consent: ConsentView;
  readonly observations: readonly Observation[];
}

type Ref = { reference?: string };
const isRef = (x: unknown): x is Ref => typeof x === 'object' && x !== null && typeof (x as Ref).reference === 'string';

/**
 * Point references at the bundle's own entries (`urn:uuid:`), so the peer links what it creates; a
 * reference in a list to something not sent (an Observation's QuestionnaireResponse) is left out
 * rather than left dangling on the peer's server.
 */
function relink(value: unknown, urns: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) {
    const kept = value
      .filter((v) => !isRef(v) || !/^[A-Z][A-Za-z]+\/[^/]+$/.test(v.reference ?? '') || urns.has(v.reference ?? ''))
      .map((v) => relink(v, urns));
    // FHIR has no empty lists: a list left with nothing goes.
    return kept.length ? kept : undefined;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => {
      const out = k === 'reference' && typeof v === 'string' ? (urns.get(v) ?? v) : relink(v, urns);
      return out === undefined ? [] : [[k, out]];
    }),
  );
}

/** The resource as the peer creates it: its own id and version, carelevel's id kept as an identifier. */
function forPeer<T extends Resource>(resource: T, identifier: Identifier): T {
  const rest: Record<string, unknown> = { ...resource };
  delete rest.id;
  delete rest.meta;
  const keptMeta = { ...resource.meta };
  delete keptMeta.versionId;
  delete keptMeta.lastUpdated;
  const own = (rest as { identifier?: Identifier[] }).identifier ?? [];
  const already = own.some((i) => i.system === identifier.system && i.value === identifier.value);
  return { ...rest, meta: keptMeta, identifier: already ? own : [...own, identifier] } as unknown as T;
}

const ifNone = (i: Identifier): string => `identifier=${encodeURIComponent(`${i.system ?? ''}|${i.value ?? ''}`)}`;

/**
 * The referral as a FHIR transaction the program's system can take in one go: the Patient (created
 * once per person: conditional on carelevel's id), the ServiceRequest and its Task, the Consent the
 * disclosure is made under, and the supporting Observations; every resource keeps the Part 2 labels
 * of the existing mappers, and the Bundle carries them too.
 */
export function deliveryBundle(d: ReferralDisclosure, newUrn: () => string = () => `urn:uuid:${randomUUID()}`): Bundle {
  const { person, referral, consent } = d;
  const ids = {
    patient: { system: PERSON_ID_SYSTEM, value: person.id },
    referral: { system: REFERRAL_ID_SYSTEM, value: referral.id },
    consent: { system: CONSENT_ID_SYSTEM, value: consent.id },
  };
  const task = { ...taskOf(referral), status: 'requested' as const, businessStatus: undefined, statusReason: undefined };
  const request = serviceRequestOf(referral);
  const entries: { ref: string; resource: Resource; identifier: Identifier; conditional: boolean }[] = [
    { ref: `Patient/${person.id}`, resource: patientOf(person), identifier: ids.patient, conditional: true },
    { ref: `Consent/${consent.id}`, resource: consentOf(consent), identifier: ids.consent, conditional: true },
    ...d.observations.map((o) => ({
      ref: `Observation/${o.id ?? ''}`,
      resource: o,
      identifier: { system: OBSERVATION_ID_SYSTEM, value: o.id ?? '' },
      conditional: true,
    })),
    {
      ref: `ServiceRequest/${referral.id}`,
      resource: {
        ...request,
        supportingInfo: [...(request.supportingInfo ?? []), ...d.observations.map((o) => ({ reference: `Observation/${o.id ?? ''}` }))],
      },
      identifier: ids.referral,
      conditional: false,
    },
    { ref: `Task/${referral.id}`, resource: task, identifier: ids.referral, conditional: false },
  ];
  const urns = new Map(entries.map((e) => [e.ref, newUrn()]));
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    meta: labelled(),
    entry: entries.map((e): BundleEntry => ({
      fullUrl: urns.get(e.ref),
      resource: relink(forPeer(e.resource, e.identifier), urns) as Resource,
      request: { method: 'POST', url: e.resource.resourceType, ...(e.conditional ? { ifNoneExist: ifNone(e.identifier) } : {}) },
    })),
  };
}

/** The peer's id of the Task it created, from its transaction-response (its `location`, `Task/<id>/…`). */
export function peerTaskId(response: Bundle): string | undefined {
  for (const e of response.entry ?? []) {
    if (e.resource?.resourceType === 'Task' && e.resource.id) return e.resource.id;
    const m = /(?:^|\/)Task\/([A-Za-z0-9\-.]{1,64})(?:\/|$)/.exec(e.response?.location ?? '');
    if (m?.[1]) return m[1];
  }
  return undefined;
}
