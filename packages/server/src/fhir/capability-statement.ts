import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

type SearchParam = readonly [name: string, type: 'token' | 'reference' | 'date' | 'uri', documentation: string];

const resource = (
  type: CapabilityStatementRestResource['type'],
  profile: string | undefined,
  params: readonly SearchParam[],
): CapabilityStatementRestResource => ({
  type,
  ...(profile ? { supportedProfile: [profile] } : {}),
  interaction: [{ code: 'read' }, { code: 'search-type' }],
  searchParam: params.map(([name, t, documentation]) => ({ name, type: t, documentation })),
});

/**
 * What the FHIR API really offers, written beside the routes that offer it (fhir-routes.ts): a test
 * reads every resource and search listed here and fails if one is missing or one is not listed.
 */
export function capabilityStatement(base: string, softwareVersion: string): CapabilityStatement {
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
          'Read-only in this release. Sign in with a carelevel API token (Authorization: Bearer) or a session; program staff see what a live consent shares.',
        security: {
          service: [
            {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'Basic' }],
              text: 'carelevel API token (Bearer)',
            },
          ],
        },
        resource: [
          resource('Patient', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient', [
            ['identifier', 'token', 'carelevel person id: https://carelevel.org/fhir/sid/person-id|ID'],
          ]),
          resource('Questionnaire', 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire', [
            ['url', 'uri', 'canonical URL'],
            ['code', 'token', 'LOINC panel code'],
          ]),
          resource('QuestionnaireResponse', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse', [
            ['patient', 'reference', 'required'],
          ]),
          resource('Observation', 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment', [
            ['patient', 'reference', 'required'],
            ['code', 'token', 'system|code, comma-separated for any of several'],
            ['date', 'date', 'eq, ge, gt, le, lt prefixes; repeat for a range'],
          ]),
        ],
      },
    ],
  };
}
