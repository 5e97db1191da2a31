import { describe, expect, it } from 'vitest';
import { fhirRouteInteraction, grants, mayWriteObservations, requestedScope, scopeFor, userGrants } from './smart-scopes.js';

describe('SMART scopes', () => {
  it('asks for launch, sign-in and read access, and Observation.c only where write-back is allowed', () => {
    expect(requestedScope(false)).toBe('launch openid fhirUser patient/*.rs');
    expect(requestedScope(true)).toBe('launch openid fhirUser patient/*.rs patient/Observation.c');
  });

  it('reads v2 permission letters', () => {
    expect(grants('patient/*.rs', 'Observation', 'r')).toBe(true);
    expect(grants('patient/*.rs', 'Observation', 'c')).toBe(false);
    expect(grants('patient/Observation.crs', 'Observation', 'c')).toBe(true);
    expect(grants('patient/Observation.c', 'Condition', 'c')).toBe(false);
    expect(grants('user/*.cruds', 'Observation', 'c')).toBe(true);
  });

  it('reads v1 actions', () => {
    expect(mayWriteObservations('launch patient/Observation.write')).toBe(true);
    expect(mayWriteObservations('patient/*.read')).toBe(false);
    expect(mayWriteObservations('patient/*.*')).toBe(true);
  });

  it('grants nothing for malformed or narrowed scopes', () => {
    expect(mayWriteObservations('')).toBe(false);
    expect(mayWriteObservations('patient/Observation.rc')).toBe(false);
    expect(mayWriteObservations('patient/Observation.c?category=survey')).toBe(false);
    expect(mayWriteObservations('openid fhirUser')).toBe(false);
  });

  it('lets only user-level scopes reach carelevel’s own FHIR API, each type and interaction as granted', () => {
    expect(userGrants('user/*.rs', 'Patient', 'r')).toBe(true);
    expect(userGrants('user/Patient.r', 'Patient', 's')).toBe(false);
    expect(userGrants('user/Observation.rs', 'Patient', 'r')).toBe(false);
    expect(userGrants('user/QuestionnaireResponse.c', 'QuestionnaireResponse', 'c')).toBe(true);
    expect(userGrants('user/*.read', 'Task', 's')).toBe(true);
    expect(userGrants('user/*.read', 'QuestionnaireResponse', 'c')).toBe(false);
    expect(userGrants('patient/*.rs', 'Patient', 'r')).toBe(false);
    expect(userGrants('system/*.rs', 'Patient', 'r')).toBe(false);
  });

  it('reads a FHIR route as the SMART interaction it performs', () => {
    expect(fhirRouteInteraction('/fhir/R4/Patient/:id', 'GET')).toEqual({ type: 'Patient', interaction: 'r' });
    expect(fhirRouteInteraction('/fhir/R4/Observation', 'GET')).toEqual({ type: 'Observation', interaction: 's' });
    expect(fhirRouteInteraction('/fhir/R4/QuestionnaireResponse', 'POST')).toEqual({ type: 'QuestionnaireResponse', interaction: 'c' });
    expect(fhirRouteInteraction('/fhir/R4/metadata', 'GET')).toBeUndefined();
    expect(fhirRouteInteraction('/api/v1/people/:id', 'GET')).toBeUndefined();
    expect(scopeFor({ type: 'Task', interaction: 's' })).toBe('user/Task.s');
  });
});
