import { generateSampleDirectory, zipTable } from '@carelevel/directory';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../test-support/fhir-validation.js';
import { healthcareServiceOf, hoursOf } from './directory-resources.js';

const [sample] = generateSampleDirectory({ seed: 1, count: 1, asOf: new Date('2026-03-01T00:00:00Z'), zips: zipTable() });

describe('a program’s hours as FHIR HealthcareService.availableTime', () => {
  it('groups the days that share a range, Monday first, and carries the note as availabilityExceptions', () => {
    const hours = {
      open24Hours: false,
      times: [
        { day: 'mon', opens: '08:00', closes: '17:00' },
        { day: 'tue', opens: '08:00', closes: '17:00' },
        { day: 'wed', opens: '10:00', closes: '19:30' },
        { day: 'sat', opens: '09:00', closes: '24:00' },
      ],
      note: 'Walk-ins until 2 pm',
    } as const;
    expect(hoursOf(hours)).toEqual({
      availableTime: [
        { daysOfWeek: ['mon', 'tue'], availableStartTime: '08:00:00', availableEndTime: '17:00:00' },
        { daysOfWeek: ['wed'], availableStartTime: '10:00:00', availableEndTime: '19:30:00' },
        { daysOfWeek: ['sat'], availableStartTime: '09:00:00', availableEndTime: '23:59:59' },
      ],
      availabilityExceptions: 'Walk-ins until 2 pm',
    });
    if (!sample) throw new Error('no sample program');
    expectValidFhir(healthcareServiceOf({ ...sample, hours }));
  });

  it('says open 24 hours as every day, all day, and says nothing when the listing does not', () => {
    expect(hoursOf({ open24Hours: true, times: [], note: '' })).toEqual({
      availableTime: [{ daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], allDay: true }],
    });
    expect(hoursOf(null)).toEqual({});
    if (!sample) throw new Error('no sample program');
    expect(healthcareServiceOf({ ...sample, hours: null })).not.toHaveProperty('availableTime');
  });
});
