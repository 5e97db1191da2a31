import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

type SearchParam = readonly [name: string, type: 'token' | 'reference' | 'date' | 'uri' | 'special', documentation: string];

const resource = (
  type: CapabilityStatementRestResource['type'],
  profile: string | undefined,
  params: readonly SearchParam[],
  { read = true, create = false }: { readonly read?: boolean; readonly create?: boolean } = {},
): CapabilityStatementRestResource => ({
  type,
  ...(profile ? { supportedProfile: [profile] } : {}),
  interaction: [
    ...(read ? [{ code: 'read' as const }] : []),
    ...(params.length > 0 ? [{ code: 'search-type' as const }] : []),
    ...(create
      ? [
          {
            code: 'create' as const,
            documentation: "Fills the instrument in the person's newest unsigned assessment (a new revision of it), or starts a draft",
          },
        ]
      : []),
  ],
  searchParam: params.map(([name, t, documentation]) => ({ name, type: t, documentation })),
});

/**
 * What the FHIR API really offers, written beside the routes that offer it (fhir-routes.ts): a test
 * requires every route to be listed here and every interaction listed to be a route.
 */
/** The authorization server whose SMART access tokens the API accepts (smart/access-tokens.ts), when one is trusted. */
export interface SmartOAuthUris {
  readonly authorize: string;
  readonly token: string;
}

function security(oauthUris: SmartOAuthUris | undefined): NonNullable<CapabilityStatement['rest']>[number]['security'] {
  const apiToken = {
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'Basic' }],
    text: 'carelevel API token (Bearer)',
  };
  if (!oauthUris)
    return {
      // No record's authorization server is trusted for this API: say so, claim nothing more.
      description:
        'carelevel launches from a health record as a SMART App Launch 2.x app (EHR launch at /smart/launch; see docs/fhir.md). This server accepts no SMART access tokens: use a carelevel API token or session.',
      service: [apiToken],
    };
  return {
    extension: [
      {
        url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
        extension: [
          { url: 'authorize', valueUri: oauthUris.authorize },
          { url: 'token', valueUri: oauthUris.token },
        ],
      },
    ],
    description:
      "SMART access tokens (JWT, RFC 9068) from the trusted record's authorization server, for this base URL as audience, with user-level scopes (user/Patient.rs…); the token's fhirUser must be linked to a carelevel account, whose role and consents still apply. Or a carelevel API token or session. Discovery: .well-known/smart-configuration.",
    service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }, apiToken],
  };
}

export function capabilityStatement(base: string, softwareVersion: string, oauthUris?: SmartOAuthUris): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-12-05',
    kind: 'instance',
    software: { name: 'carelevel', version: softwareVersion },
    implementation: {
      description: 'carelevel FHIR R4 API: another view of the same records, under the same roles, consents and audit log',
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Read and search; a QuestionnaireResponse may be created. Sign in with a carelevel API token (Authorization: Bearer), a session, or (where configured) a SMART access token; program staff see what a live consent shares. ' +
          "A program's own system sends its subscription notifications (R4 backport: a history Bundle with a SubscriptionStatus, or the Tasks) to POST subscription-notification/{programId}, with that program's notification secret as Authorization: Bearer.",
        security: security(oauthUris),
        resource: [
          resource('Patient', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient', [
            ['identifier', 'token', 'carelevel person id: https://carelevel.org/fhir/sid/person-id|ID'],
          ]),
          resource('Questionnaire', 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire', [
            ['url', 'uri', 'canonical URL'],
            ['code', 'token', 'LOINC panel code'],
          ]),
          resource(
            'QuestionnaireResponse',
            'http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse',
            [['patient', 'reference', 'required']],
            { create: true },
          ),
          resource('Observation', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment', [
            ['patient', 'reference', 'required'],
            ['code', 'token', 'system|code, comma-separated for any of several'],
            ['date', 'date', 'eq, ge, gt, le, lt prefixes; repeat for a range'],
          ]),
          resource('ServiceRequest', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-servicerequest', [
            ['patient', 'reference', 'required'],
          ]),
          resource('Task', 'http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement', [
            ['patient', 'reference', 'one of patient, focus or owner is required'],
            ['focus', 'reference', 'ServiceRequest/ID'],
            ['owner', 'reference', 'the program: https://carelevel.org/fhir/sid/program-id|ID or ID'],
            ['status', 'token', 'Task statuses, comma-separated'],
          ]),
          resource('CarePlan', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan', [['patient', 'reference', 'required']]),
          resource('Consent', undefined, [['patient', 'reference', 'required; the care team only']], { read: false }),
          resource('Organization', 'http://hl7.org/fhir/us/ndh/StructureDefinition/ndh-Organization', []),
          resource('Location', 'http://hl7.org/fhir/us/ndh/StructureDefinition/ndh-Location', [
            ['near', 'special', 'latitude|longitude|distance|units (km unless mi); public'],
          ]),
          resource('HealthcareService', 'http://hl7.org/fhir/us/ndh/StructureDefinition/ndh-HealthcareService', [
            ['location.near', 'special', 'latitude|longitude|distance|units (km unless mi); public'],
            ['service-type', 'token', 'levels of care: https://carelevel.org/fhir/CodeSystem/level-of-care|CODE, comma-separated'],
          ]),
        ],
      },
      {
        // carelevel as a client of a program's own FHIR server (fhir-loop/): what it sends and reads there.
        mode: 'client',
        documentation:
          "Closing the loop: a referral to a program with a registered FHIR base is POSTed there as a transaction Bundle (Patient, ServiceRequest, Task, Consent, Observations, labelled for 42 CFR Part 2); the program's Task is then read with Task?_id=…&_lastUpdated=gt… and its status moves the carelevel referral; when carelevel's side cancels, the Task is read and updated to cancelled.",
        interaction: [{ code: 'transaction' }],
        resource: [
          {
            type: 'Task',
            interaction: [
              { code: 'search-type' },
              { code: 'read', documentation: 'before setting it cancelled' },
              { code: 'update', documentation: 'status cancelled when the referring side cancels (If-Match the version read)' },
            ],
            searchParam: [
              { name: '_id', type: 'token', documentation: "the program's Task id" },
              { name: '_lastUpdated', type: 'date', documentation: 'gt the last change carelevel took in' },
            ],
          },
        ],
      },
    ],
  };
}
