import { describe, expect, it } from 'vitest';
import { fhirUserKey, issuerKey } from './fhir-user.js';

describe('fhirUser keys', () => {
  const iss = 'https://ehr.example/fhir/';
  it('keeps the absolute and the relative form of one user as one key', () => {
    expect(fhirUserKey(iss, 'https://ehr.example/fhir/Practitioner/7')).toEqual({ ok: true, key: 'Practitioner/7' });
    expect(fhirUserKey(iss, 'Practitioner/7')).toEqual({ ok: true, key: 'Practitioner/7' });
  });
  it('keeps another server’s URL whole', () => {
    expect(fhirUserKey(iss, 'https://idp.example/Practitioner/7')).toEqual({ ok: true, key: 'https://idp.example/Practitioner/7' });
  });
  it('refuses a missing or unreadable claim, saying which', () => {
    expect(fhirUserKey(iss, undefined)).toMatchObject({ ok: false, problem: expect.stringContaining('fhirUser') });
    expect(fhirUserKey(iss, 'Observation/1')).toMatchObject({ ok: false });
    expect(fhirUserKey(iss, 'not a url')).toMatchObject({ ok: false });
  });
  it('compares issuers without a trailing slash', () => {
    expect(issuerKey(' https://ehr.example/fhir// ')).toBe('https://ehr.example/fhir');
  });
});
