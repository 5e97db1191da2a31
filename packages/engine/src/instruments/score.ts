import type { Band, InstrumentDefinition, InstrumentScore } from './instrument-types.js';

function bandFor(bands: readonly Band[], total: number): string {
  let band = bands[0]?.band ?? 'unbanded';
  for (const b of bands) if (total >= b.from) band = b.band;
  return band;
}

/**
 * Score validated item answers with an instrument's definition. The one scorer for every
 * instrument: behaviour comes from the definition's data, never from its name.
 */
export function scoreInstrument(def: InstrumentDefinition, answers: readonly number[], sex?: string): InstrumentScore {
  const scoring = def.scoring;
  let total = 0;
  let band: string;
  if (scoring.kind === 'sum') {
    const itemDefs = def.items;
    for (let i = 0; i < answers.length; i++) {
      const item = itemDefs[i];
      const answer = answers[i] ?? 0;
      if (item?.reverse) {
        const max = item.values[item.values.length - 1] ?? 0;
        total += max - answer;
      } else {
        total += answer;
      }
    }
    const bands = (sex !== undefined && def.bandsBySex?.[sex]) || def.bands || [];
    band = bandFor(bands, total);
  } else {
    for (const i of scoring.screenItems) total += answers[i] === 1 ? 1 : 0;
    const acute = scoring.acuityItem !== undefined && answers[scoring.acuityItem] === 1;
    band = total === 0 && !acute ? scoring.bands.negative : acute ? scoring.bands.acute : scoring.bands.positive;
  }
  if (def.flags) {
    let flags: string[] | undefined;
    for (const f of def.flags) {
      if ((answers[f.item] ?? 0) >= f.atLeast) (flags ??= []).push(f.code);
    }
    if (flags) return { total, band, flags };
  }
  return { total, band };
}

/** The band a total falls in, for totals given without items (e.g. a CIWA-Ar total from a chart). */
export function bandForTotal(def: InstrumentDefinition, total: number, sex?: string): string {
  const bands = (sex !== undefined && def.bandsBySex?.[sex]) || def.bands || [];
  return bandFor(bands, total);
}

/** The highest total an instrument can produce (for range checks on totals given alone). */
export function maxTotal(def: InstrumentDefinition): number {
  if (def.scoring.kind === 'screen') return def.scoring.screenItems.length;
  return def.items.reduce((sum, item) => sum + Math.max(...item.values), 0);
}
