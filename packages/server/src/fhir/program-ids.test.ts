import { describe, expect, it } from 'vitest';
import { programFhirId, programIdOf } from './program-ids.js';

describe('directory ids as FHIR ids', () => {
  it('keeps an id of letters, digits, _ and - readable, and turns any other into hex, both ways', () => {
    for (const id of ['p_0123456789abcdef0123', 'harbor-house', 'A1', '_starts-with-underscore', 'has space', 'ñandú/7', 'x.y']) {
      const fhirId = programFhirId(id);
      expect(fhirId, id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
      expect(programIdOf(fhirId ?? ''), id).toBe(id);
    }
    expect(programFhirId('p_0123456789abcdef0123')).toBe('p.0123456789abcdef0123');
  });

  it('gives no FHIR id to an id too long to write in 64 characters', () => {
    expect(programFhirId('é'.repeat(40))).toBeNull();
  });
});
