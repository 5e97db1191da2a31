import { fieldPathText } from '@carelevel/contract';
import { readdirSync, readFileSync } from 'node:fs';
import { assess } from '@carelevel/engine';
import { describe, expect, it } from 'vitest';
import { RESIDENTIAL_ADMISSION } from '../browser-tests/fixtures.js';
import { buildCase, draftFromCase, EMPTY_DRAFT, EMPTY_SUBSTANCE } from './draft.js';

const VIGNETTES = new URL('../../../../engine/test-vignettes/', import.meta.url);
const vignettes = readdirSync(VIGNETTES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, case: (JSON.parse(readFileSync(new URL(f, VIGNETTES), 'utf8')) as { case?: Record<string, unknown> }).case }))
  // Reassessment vignettes hold two cases under `transition`; the placements hold one.
  .filter((v): v is { name: string; case: Record<string, unknown> } => v.case !== undefined);

/** The case without its id (the interview has no field for it). */
const withoutId = (c: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'id'));

describe('the interview draft and the case', () => {
  it('round-trips every engine vignette: pulled forward into the form and built again, the same case', () => {
    expect(vignettes.length).toBeGreaterThan(50);
    for (const v of vignettes) expect(buildCase(draftFromCase(v.case), { partialInstruments: 'send' }), v.name).toEqual(withoutId(v.case));
  });

  it('gives the engine the same level for a pulled-forward case', () => {
    const built = buildCase(draftFromCase(RESIDENTIAL_ADMISSION), { partialInstruments: 'send' });
    const r = assess(built);
    expect(r.ok && r.recommendation.level).toBe('residential-high');
  });

  it('leaves a half-answered instrument out of the live reading, and sends it on save so the server names the missing items', () => {
    const draft = { ...EMPTY_DRAFT, instruments: { phq9: [1, 2, null, null, null, null, null, null, null] } };
    expect(buildCase(draft, { partialInstruments: 'omit' }).instruments).toBeUndefined();
    const sent = buildCase(draft, { partialInstruments: 'send' });
    const r = assess(sent);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => fieldPathText(e.path))).toContain('instruments.phq9[2]');
  });

  it('keeps a mistyped number as typed, so the engine names the field and the rule', () => {
    const draft = {
      ...EMPTY_DRAFT,
      values: { ageYears: '4O' },
      substances: [{ ...EMPTY_SUBSTANCE, name: 'alcohol', daysUsedLast30: '45' }],
    };
    const r = assess(buildCase(draft, { partialInstruments: 'omit' }));
    expect(!r.ok && r.errors.map((e) => fieldPathText(e.path)).sort()).toEqual(['ageYears', 'substances[0].daysUsedLast30']);
  });
});
