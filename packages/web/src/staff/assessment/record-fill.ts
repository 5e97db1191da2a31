import type { HealthRecordPrefill } from '@carelevel/contract';
import { instrumentMark } from './answer-marks.js';
import type { Draft } from './draft.js';

/**
 * The record's item answers into the draft: an instrument the clinician has begun is left alone (what
 * was asked today wins over what the record says). Returns the marks of what was filled, so each stays
 * marked 'health-record' until confirmed. Pure.
 */
export function fillFromRecord(draft: Draft, prefill: HealthRecordPrefill): { draft: Draft; marks: string[] } {
  const instruments = { ...draft.instruments };
  const marks: string[] = [];
  for (const r of prefill.instruments) {
    if ((instruments[r.key] ?? []).some((a) => a !== null)) continue;
    instruments[r.key] = r.answers;
    marks.push(instrumentMark(r.key));
  }
  return { draft: marks.length > 0 ? { ...draft, instruments } : draft, marks };
}
