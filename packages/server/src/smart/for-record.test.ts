import { describe, expect, it } from 'vitest';
import { forRecord } from './for-record.js';

describe('Observations for the launching record', () => {
  it('are about the record’s Patient, without carelevel ids or references', () => {
    const [o] = forRecord(
      [
        {
          resourceType: 'Observation',
          id: 'carelevel-id',
          status: 'final',
          code: { text: 'PHQ-9 total' },
          subject: { reference: 'Patient/carelevel-person' },
          derivedFrom: [{ reference: 'QuestionnaireResponse/x' }],
          valueInteger: 12,
        },
      ],
      'record-patient',
    );
    expect(o).toEqual({
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'PHQ-9 total' },
      subject: { reference: 'Patient/record-patient' },
      valueInteger: 12,
    });
  });
});
