import type { CareCase } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
import { makeProgram } from '../test-support/programs.js';
import { buildIndex } from './directory-index.js';
import { recommendationQuery, searchForRecommendation } from './search-for-recommendation.js';

const now = new Date('2026-03-01T00:00:00Z');
const near = { lat: 39.16, lon: -75.52 };
const iop = (tracks: ('morning' | 'evening')[]) =>
  ({
    levels: ['intensive-outpatient'],
    withdrawalManagement: [],
    residentialStays: [],
    opioidTreatmentProgram: false,
    medications: ['buprenorphine'],
    scheduleTracks: { 'intensive-outpatient': tracks },
  }) as const;

const careCase: CareCase = {
  format: 'carelevel-case/1',
  ageYears: 30,
  primaryConcern: 'substance-use',
  physicalHealth: { pregnant: true },
  practical: { coverage: 'medicaid', scheduleWindows: ['evening'], language: 'es', zip: '19901' },
};
const rec = { level: 'intensive-outpatient', withdrawalManagement: 'ambulatory', offerMedication: ['opioid-use-disorder'] } as const;

describe('searching for a recommendation', () => {
  it('turns the decision into must-haves and the case into preferences', () => {
    const q = recommendationQuery(rec, careCase, { near, radiusMiles: 30, now });
    expect(q.scope).toBe('substance-use');
    expect(q.filters).toEqual({ levels: ['intensive-outpatient'], withdrawalManagement: ['ambulatory'] });
    expect(q.preferences).toEqual({
      medications: ['methadone', 'buprenorphine', 'naltrexone'],
      payments: ['medicaid'],
      populations: ['pregnant-postpartum'],
      scheduleTracks: ['evening'],
      languages: ['es'],
    });
  });

  it('looks for the supports beside the level as services a program lists, and for court-referred groups', () => {
    const withSupports = {
      ...rec,
      supports: [
        { code: 'recovery-residence', reasons: [{ code: 'homeless' }] },
        { code: 'childcare', reasons: [{ code: 'caregiving' }] },
        { code: 'legal-coordination', reasons: [{ code: 'legal-pressure' }] },
        { code: 'safety-planning', reasons: [{ code: 'suicide-risk' }] },
      ],
    } as const;
    const q = recommendationQuery(withSupports, careCase, { near, radiusMiles: 30, now });
    expect(q.preferences?.services).toEqual(['recovery-housing', 'childcare']);
    expect(q.preferences?.populations).toEqual(['pregnant-postpartum', 'justice-involved']);
    // A support narrows nothing: the must-haves stay the level and the withdrawal setting.
    expect(q.filters).toEqual({ levels: ['intensive-outpatient'], withdrawalManagement: ['ambulatory'] });
  });

  it('maps no coverage to programs that help people without insurance', () => {
    const q = recommendationQuery(rec, { ...careCase, practical: { coverage: 'none' } }, { near, radiusMiles: 30, now });
    expect(q.preferences?.payments).toEqual(['sliding-fee', 'free', 'payment-assistance', 'public-funding']);
  });

  it('ranks the program that fits the person first and explains the other', () => {
    const withWm = (p: ReturnType<typeof makeProgram>) => ({ ...p, care: { ...p.care, withdrawalManagement: ['ambulatory' as const] } });
    const ix = buildIndex([
      withWm(makeProgram('morning-only', { care: iop(['morning']), payments: ['private'] })),
      withWm(
        makeProgram('evening-medicaid', {
          lat: 39.3,
          care: iop(['evening']),
          payments: ['medicaid'],
          serves: { ageGroups: [], sexes: [], populations: ['pregnant-postpartum'], languages: ['es'] },
        }),
      ),
      makeProgram('no-wm', { care: iop(['evening']), payments: ['medicaid'] }),
      withWm(makeProgram('residential', { care: { ...iop([]), levels: ['residential-high'] } })),
    ]);
    const r = searchForRecommendation(ix, rec, careCase, { near, radiusMiles: 30, now });
    expect(r.results.map((x) => x.program.id)).toEqual(['evening-medicaid', 'morning-only']);
    const second = r.results[1];
    expect(second?.misfits).toEqual(
      expect.arrayContaining([
        { code: 'no-schedule-track', facts: { track: 'evening' } },
        { code: 'payment-not-listed', facts: { payment: 'medicaid' } },
        { code: 'language-not-listed', facts: { language: 'es' } },
      ]),
    );
    expect(r.results[0]?.fits).toContainEqual({ code: 'offers-medication', facts: { medication: 'buprenorphine' } });
  });
});
