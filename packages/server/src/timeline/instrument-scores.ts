import type { InstrumentScoreView } from '@carelevel/contract';
import { bandForTotal, INSTRUMENTS, maxTotal, scoreInstrument, type InstrumentDefinition } from '@carelevel/engine';

export interface CaseScoreFields {
  readonly sex?: string | null;
  readonly instruments?: Readonly<Record<string, readonly number[] | null | undefined>> | null;
  readonly withdrawal?: Readonly<Record<string, unknown>> | null;
}

/** A total given on its own (`withdrawal.ciwaAr`), read from the field the definition names. */
function givenTotal(c: CaseScoreFields, def: InstrumentDefinition): number | undefined {
  const field = def.totalField?.split('.');
  if (field?.[0] !== 'withdrawal' || !field[1]) return undefined;
  const value = c.withdrawal?.[field[1]];
  return typeof value === 'number' ? value : undefined;
}

/**
 * Every instrument present in a stored case, scored by the engine's one scorer (items win over a
 * given total, as in the engine). Recomputed rather than read from the stored recommendation so a
 * plot over months uses one scorer for every point.
 */
export function instrumentScores(c: CaseScoreFields): InstrumentScoreView[] {
  const out: InstrumentScoreView[] = [];
  for (const def of INSTRUMENTS) {
    const answers = c.instruments?.[def.key];
    const base = { instrument: def.key, name: def.name, max: maxTotal(def), loinc: def.loinc?.total ?? null };
    if (answers) {
      const s = scoreInstrument(def, answers, c.sex ?? undefined);
      out.push({ ...base, total: s.total, band: s.band, from: 'items' });
      continue;
    }
    const total = givenTotal(c, def);
    if (total !== undefined) out.push({ ...base, total, band: bandForTotal(def, total, c.sex ?? undefined), from: 'total' });
  }
  return out;
}
