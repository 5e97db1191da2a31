import { describe, expect, it } from 'vitest';
import { parseSmartConfig } from './smart-config-file.js';

describe('the SMART configuration file', () => {
  it('reads the registered records', () => {
    const text = JSON.stringify({
      publicUrl: 'https://carelevel.example',
      records: [{ iss: 'https://ehr.example/fhir', clientId: 'c', writeBack: true }],
    });
    expect(parseSmartConfig(text)).toEqual({
      publicUrl: 'https://carelevel.example',
      records: [{ iss: 'https://ehr.example/fhir', clientId: 'c', writeBack: true }],
    });
  });
  it('names the field at fault', () => {
    expect(parseSmartConfig('{')).toEqual({ problem: 'is not valid JSON' });
    const bad = parseSmartConfig(
      JSON.stringify({ publicUrl: 'https://carelevel.example', records: [{ iss: 'not a url', clientId: 'c' }] }),
    );
    expect(bad).toMatchObject({ problem: expect.stringMatching(/^records\[0\]\.iss: /) as unknown });
    const extra = parseSmartConfig(JSON.stringify({ publicUrl: 'https://carelevel.example', records: [], secret: 'x' }));
    expect(extra).toMatchObject({ problem: expect.stringContaining('secret') as unknown });
  });
});
