import type { Program } from '../model/program.js';

/** A minimal fictional program; tests override what they are about. */
export function makeProgram(id: string, over: Partial<Program> & { lat?: number; lon?: number } = {}): Program {
  const { lat = 39.16, lon = -75.52, ...rest } = over;
  return {
    id,
    source: 'carelevel',
    sourceId: id,
    name: `Program ${id} — Fictional`,
    name2: '',
    address: { street1: '1 Example Street', street2: '', city: 'Dover', state: 'DE', zip: '19901', county: '' },
    coordinates: { lat, lon },
    coordinatesFrom: 'listing',
    phone: '555-0100',
    intakePhone: '',
    website: '',
    scope: 'substance-use',
    care: {
      levels: ['outpatient'],
      withdrawalManagement: [],
      residentialStays: [],
      opioidTreatmentProgram: false,
      medications: [],
      scheduleTracks: {},
    },
    payments: [],
    services: [],
    serves: { ageGroups: [], sexes: [], populations: [], languages: [] },
    openings: null,
    hours: null,
    lastVerified: '2026-01-01',
    ...rest,
  };
}
