import type { CrisisKind } from '@carelevel/engine';

/** Real links, so a phone dials or texts with one tap; `key` names the words in `t.crisis`. */
export interface CrisisCall {
  readonly href: string;
  readonly key: 'call988' | 'text988' | 'call911' | 'helpline';
}

const CALL_988: readonly CrisisCall[] = [
  { href: 'tel:988', key: 'call988' },
  { href: 'sms:988', key: 'text988' },
];
const CALL_911: CrisisCall = { href: 'tel:911', key: 'call911' };
const HELPLINE: CrisisCall = { href: 'tel:18006624357', key: 'helpline' };
/** Dangers to the body (an overdose, a seizure, severe withdrawal): an ambulance comes before a counselor on the phone. */
const MEDICAL: ReadonlySet<CrisisKind> = new Set(['overdose', 'medical-emergency', 'severe-withdrawal']);

/** The calls to offer, first one first: 911 when any danger is medical, otherwise 988 (it can send help too). */
export function crisisCalls(kinds: readonly CrisisKind[], withHelpline = true): readonly CrisisCall[] {
  const calls = kinds.some((k) => MEDICAL.has(k)) ? [CALL_911, ...CALL_988] : [...CALL_988, CALL_911];
  return withHelpline ? [...calls, HELPLINE] : calls;
}
