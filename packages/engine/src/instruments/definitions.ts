import type { InstrumentDefinition, ItemSpec } from './instrument-types.js';

/**
 * Instrument definitions. Scoring and cut-offs are published facts; item wording is deliberately
 * not stored (see docs/clinical-sources.md for each instrument's licence and source).
 */

const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const items = (keys: readonly string[], values: readonly number[]): ItemSpec[] => keys.map((key) => ({ key, values }));

const ZERO_TO_THREE = range(0, 3);
const YES_NO = [0, 1];

export const PHQ9: InstrumentDefinition = {
  key: 'phq9',
  name: 'PHQ-9',
  items: items(
    ['interest', 'mood', 'sleep', 'energy', 'appetite', 'self-worth', 'concentration', 'psychomotor', 'self-harm-thoughts'],
    ZERO_TO_THREE,
  ),
  scoring: { kind: 'sum' },
  // Kroenke, Spitzer & Williams 2001: 5, 10, 15, 20 mark mild, moderate, moderately severe, severe.
  bands: [
    { band: 'minimal', from: 0 },
    { band: 'mild', from: 5 },
    { band: 'moderate', from: 10 },
    { band: 'moderately-severe', from: 15 },
    { band: 'severe', from: 20 },
  ],
  // Any answer above 0 on item 9 needs a suicide-risk follow-up, whatever the total.
  flags: [{ code: 'phq9-item9-positive', item: 8, atLeast: 1 }],
  loinc: { panel: '44249-1', total: '44261-6' },
  license: 'free-with-permission',
  source: 'Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16:606-613; Pfizer blanket permission',
};

export const PHQ2: InstrumentDefinition = {
  key: 'phq2',
  name: 'PHQ-2',
  items: items(['interest', 'mood'], ZERO_TO_THREE),
  scoring: { kind: 'sum' },
  // Kroenke, Spitzer & Williams 2003: a score of 3 or more is a positive screen.
  bands: [
    { band: 'negative', from: 0 },
    { band: 'positive', from: 3 },
  ],
  loinc: { total: '55758-7' },
  license: 'free-with-permission',
  source: 'Kroenke K, Spitzer RL, Williams JB. Med Care 2003;41:1284-1292',
};

export const GAD7: InstrumentDefinition = {
  key: 'gad7',
  name: 'GAD-7',
  items: items(['nervous', 'uncontrolled-worry', 'worry-too-much', 'trouble-relaxing', 'restless', 'irritable', 'afraid'], ZERO_TO_THREE),
  scoring: { kind: 'sum' },
  // Spitzer et al. 2006: 5, 10, 15 mark mild, moderate, severe.
  bands: [
    { band: 'minimal', from: 0 },
    { band: 'mild', from: 5 },
    { band: 'moderate', from: 10 },
    { band: 'severe', from: 15 },
  ],
  loinc: { panel: '69737-5', total: '70274-6' },
  license: 'free-with-permission',
  source: 'Spitzer RL, Kroenke K, Williams JB, Löwe B. Arch Intern Med 2006;166:1092-1097',
};

export const AUDIT_C: InstrumentDefinition = {
  key: 'auditC',
  name: 'AUDIT-C',
  items: items(['frequency', 'typical-quantity', 'heavy-episodes'], range(0, 4)),
  scoring: { kind: 'sum' },
  // Bush et al. 1998; Bradley et al. 2007: positive at 4 or more for men, 3 or more for women.
  bands: [
    { band: 'negative', from: 0 },
    { band: 'positive', from: 4 },
    { band: 'high-risk', from: 8 },
  ],
  bandsBySex: {
    female: [
      { band: 'negative', from: 0 },
      { band: 'positive', from: 3 },
      { band: 'high-risk', from: 8 },
    ],
  },
  loinc: { panel: '72109-2', total: '75626-2' },
  license: 'public-domain',
  source: 'Bush K et al. Arch Intern Med 1998;158:1789-1795 (US Department of Veterans Affairs)',
};

export const AUDIT: InstrumentDefinition = {
  key: 'audit',
  name: 'AUDIT',
  items: [
    ...items(
      ['frequency', 'typical-quantity', 'heavy-episodes', 'unable-to-stop', 'failed-expectations', 'morning-drink', 'guilt', 'blackouts'],
      range(0, 4),
    ),
    // Items 9 and 10 are answered no (0), yes but not in the last year (2), yes in the last year (4).
    ...items(['injury', 'others-concerned'], [0, 2, 4]),
  ],
  scoring: { kind: 'sum' },
  // WHO AUDIT manual (Babor et al. 2001), risk zones I-IV.
  bands: [
    { band: 'low-risk', from: 0 },
    { band: 'hazardous', from: 8 },
    { band: 'harmful', from: 16 },
    { band: 'possible-dependence', from: 20 },
  ],
  loinc: { total: '75624-7' },
  license: 'free-to-use',
  source: 'Babor TF et al. AUDIT: Guidelines for Use in Primary Care, 2nd ed. WHO 2001',
};

export const DAST10: InstrumentDefinition = {
  key: 'dast10',
  name: 'DAST-10',
  items: [
    ...items(['non-medical-use', 'more-than-one-drug'], YES_NO),
    // Item 3 ("able to stop when you want to") counts when answered no.
    { key: 'able-to-stop', values: YES_NO, reverse: true },
    ...items(
      ['blackouts', 'guilt', 'others-complain', 'neglected-family', 'illegal-activities', 'withdrawal-symptoms', 'medical-problems'],
      YES_NO,
    ),
  ],
  scoring: { kind: 'sum' },
  // Skinner 1982; Yudko et al. 2007: 0 none, 1-2 low, 3-5 moderate, 6-8 substantial, 9-10 severe.
  bands: [
    { band: 'none', from: 0 },
    { band: 'low', from: 1 },
    { band: 'moderate', from: 3 },
    { band: 'substantial', from: 6 },
    { band: 'severe', from: 9 },
  ],
  loinc: { panel: '82666-9', total: '82667-7' },
  license: 'free-non-commercial',
  source: 'Skinner HA. Addict Behav 1982;7:363-371 (copyright Harvey Skinner / CAMH)',
};

export const CIWA_AR: InstrumentDefinition = {
  key: 'ciwaAr',
  name: 'CIWA-Ar',
  items: [
    ...items(['nausea-vomiting', 'tremor', 'sweats', 'anxiety', 'agitation', 'tactile', 'auditory', 'visual', 'headache'], range(0, 7)),
    { key: 'orientation', values: range(0, 4) },
  ],
  scoring: { kind: 'sum' },
  // ASAM alcohol withdrawal guideline 2020, Table 1: under 10 mild, 10-18 moderate, 19+ severe.
  bands: [
    { band: 'mild', from: 0 },
    { band: 'moderate', from: 10 },
    { band: 'severe', from: 19 },
  ],
  totalField: 'withdrawal.ciwaAr',
  license: 'public-domain',
  source: 'Sullivan JT et al. Br J Addict 1989;84:1353-1357; reproduced in SAMHSA TIP 45',
};

export const COWS: InstrumentDefinition = {
  key: 'cows',
  name: 'COWS',
  items: [
    { key: 'resting-pulse', values: [0, 1, 2, 4] },
    { key: 'sweating', values: [0, 1, 2, 3, 4] },
    { key: 'restlessness', values: [0, 1, 3, 5] },
    { key: 'pupil-size', values: [0, 1, 2, 5] },
    { key: 'bone-joint-aches', values: [0, 1, 2, 4] },
    { key: 'runny-nose-tearing', values: [0, 1, 2, 4] },
    { key: 'gi-upset', values: [0, 1, 2, 3, 5] },
    { key: 'tremor', values: [0, 1, 2, 4] },
    { key: 'yawning', values: [0, 1, 2, 4] },
    { key: 'anxiety-irritability', values: [0, 1, 2, 4] },
    { key: 'gooseflesh', values: [0, 3, 5] },
  ],
  scoring: { kind: 'sum' },
  // Wesson & Ling 2003: 5-12 mild, 13-24 moderate, 25-36 moderately severe, over 36 severe.
  bands: [
    { band: 'none', from: 0 },
    { band: 'mild', from: 5 },
    { band: 'moderate', from: 13 },
    { band: 'moderately-severe', from: 25 },
    { band: 'severe', from: 37 },
  ],
  totalField: 'withdrawal.cows',
  license: 'public-domain',
  source: 'Wesson DR, Ling W. J Psychoactive Drugs 2003;35:253-259; hosted by NIDA',
};

export const ASQ: InstrumentDefinition = {
  key: 'asq',
  name: 'ASQ suicide risk screen',
  items: items(['wished-dead', 'family-better-off', 'thoughts-of-killing-self', 'past-attempt', 'thoughts-right-now'], YES_NO),
  // Question 5 (acuity) is asked only when one of questions 1-4 is yes.
  minItems: 4,
  scoring: {
    kind: 'screen',
    screenItems: [0, 1, 2, 3],
    acuityItem: 4,
    bands: { negative: 'negative', positive: 'non-acute-positive', acute: 'acute-positive' },
  },
  license: 'public-domain',
  source: 'NIMH Ask Suicide-Screening Questions (ASQ) Toolkit',
};

export const READINESS_RULER: InstrumentDefinition = {
  key: 'readinessRuler',
  name: 'Readiness ruler',
  items: [{ key: 'readiness', values: range(0, 10) }],
  scoring: { kind: 'sum' },
  // Common reading of the 0-10 ruler (TIP 35): low 0-3, moderate 4-6, high 7-10.
  bands: [
    { band: 'low', from: 0 },
    { band: 'moderate', from: 4 },
    { band: 'high', from: 7 },
  ],
  license: 'public-domain',
  source: 'SAMHSA TIP 35, Enhancing Motivation for Change (2019), readiness ruler',
};

export const PAWSS: InstrumentDefinition = {
  key: 'pawss',
  name: 'PAWSS',
  // The ten scored items, asked after a "yes" to the scale's threshold question (any drinking in the
  // last 30 days). Keys name what each item is about; the wording is not stored.
  items: items(
    [
      'previous-withdrawal',
      'previous-withdrawal-seizures',
      'previous-delirium-tremens',
      'alcohol-treatment-before',
      'blackouts',
      'alcohol-with-downers',
      'alcohol-with-other-substances',
      'blood-alcohol-on-presentation',
      'autonomic-hyperactivity',
      'other-risk',
    ],
    YES_NO,
  ),
  scoring: { kind: 'sum' },
  // Maldonado et al. 2014; BCCSU 2019 Rec. 5-7: 4 or more is high risk of severe or complicated withdrawal.
  bands: [
    { band: 'low-risk', from: 0 },
    { band: 'high-risk', from: 4 },
  ],
  totalField: 'withdrawal.pawss',
  license: 'scoring-only',
  source: 'Maldonado JR et al. Alcohol 2014;48:375-390 (PAWSS); BCCSU AUD guideline 2019, Recs 5-7',
};

export const CRAFFT: InstrumentDefinition = {
  key: 'crafft',
  name: 'CRAFFT 2.1',
  // Part B: six yes/no questions, one point each. The wording is Boston Children's Hospital's and is not stored.
  items: items(['car', 'relax', 'alone', 'forget', 'family-friends', 'trouble'], YES_NO),
  scoring: { kind: 'sum' },
  // Knight et al. 2002; Mitchell et al. 2014: 2 or more is a positive screen that calls for a fuller assessment.
  bands: [
    { band: 'negative', from: 0 },
    { band: 'positive', from: 2 },
  ],
  license: 'scoring-only',
  source: 'Knight JR et al. Arch Pediatr Adolesc Med 2002;156:607-614; CRAFFT 2.1, Boston Children\u2019s Hospital',
};

/** Every instrument the engine scores, in the order they appear in a recommendation. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [
  PHQ9,
  PHQ2,
  GAD7,
  AUDIT_C,
  AUDIT,
  DAST10,
  CIWA_AR,
  COWS,
  PAWSS,
  ASQ,
  CRAFFT,
  READINESS_RULER,
];

export const INSTRUMENT_BY_KEY: Readonly<Record<string, InstrumentDefinition>> = Object.fromEntries(INSTRUMENTS.map((d) => [d.key, d]));
