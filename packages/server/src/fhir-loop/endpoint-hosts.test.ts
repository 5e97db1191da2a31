import { describe, expect, it } from 'vitest';
import { endpointHostProblem, parseEndpointHosts } from './endpoint-hosts.js';

describe('which program FHIR servers carelevel may send to', () => {
  it('wants https, except to this machine', () => {
    expect(endpointHostProblem('https://ehr.example.org/fhir', undefined)).toBeUndefined();
    expect(endpointHostProblem('http://127.0.0.1:8080/fhir', undefined)).toBeUndefined();
    expect(endpointHostProblem('http://ehr.example.org/fhir', undefined)).toMatch(/https/);
    expect(endpointHostProblem('http://10.0.0.5/fhir', undefined)).toMatch(/https/);
  });

  it('keeps to the operator’s hosts when a list is set, a *.domain covering the hosts under it', () => {
    const hosts = ['ehr.example.org', '*.clinic.example'];
    expect(endpointHostProblem('https://ehr.example.org/fhir', hosts)).toBeUndefined();
    expect(endpointHostProblem('https://a.b.clinic.example/fhir', hosts)).toBeUndefined();
    expect(endpointHostProblem('https://clinic.example/fhir', hosts)).toMatch(/CARELEVEL_FHIR_ENDPOINT_HOSTS/);
    expect(endpointHostProblem('https://evilclinic.example/fhir', hosts)).toMatch(/evilclinic\.example/);
    expect(endpointHostProblem('https://169.254.169.254/latest', hosts)).toMatch(/not among/);
  });

  it('reads the setting, naming an entry that is not a host', () => {
    expect(parseEndpointHosts(' EHR.example.org, *.clinic.example ')).toEqual(['ehr.example.org', '*.clinic.example']);
    expect(parseEndpointHosts('ehr.example.org, https://x')).toEqual({ problem: '"https://x" is not a host name or *.domain' });
    expect(parseEndpointHosts(' , ')).toHaveProperty('problem');
  });
});
