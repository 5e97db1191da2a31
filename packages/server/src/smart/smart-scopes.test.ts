import { describe, expect, it } from 'vitest';
import { grants, mayWriteObservations, requestedScope } from './smart-scopes.js';

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
});
