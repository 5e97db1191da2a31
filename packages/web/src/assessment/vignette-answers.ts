import type { Answers } from '../questions/question-types.js';

/**
 * Self-assessment answers that tell the story of a dev vignette (shared/cases/dev) the way a person
 * or a family member would. Used by the mapping test (answers → case → engine) and the browser tests,
 * which click these same answers. Keys absent here are questions left unanswered or not shown.
 */
export interface VignetteAnswers {
  readonly vignette: string;
  readonly answers: Answers;
}

export const VIGNETTE_ANSWERS: readonly VignetteAnswers[] = [
  {
    vignette: '01-iop-stable-home-working',
    answers: {
      who: 'self', age: '41', concern: 'substance-use',
      suicide: 'none', harmOthers: 'no', dangerNow: ['none'],
      substances: ['alcohol'], daysUsed: '4', lastUse: '900', problems: ['more', 'cutDown', 'craving', 'tolerance'],
      auditFrequency: '2', auditQuantity: '2', auditBinge: '2', withdrawalNow: 'none', seizureHistory: 'no', monitoring: 'yes', overdose: 'no',
      physical: 'stable', phq1: '0', phq2: '1', psychosis: 'none', functioning: 'mild-impairment',
      stage: 'action', importance: '9', engagement: 'engaged',
      cravings: 'moderate', coping: 'limited', longestAbstinence: '21', prior: ['none'],
      housing: 'stable', householdUse: 'no', unsafe: 'no', support: 'strong', transport: 'yes', legal: 'no',
      obligations: ['work-full-time'], canPause: 'no', coverage: 'private', preference: 'outpatient', schedule: ['evening'], language: 'en', zip: '97201',
    },
  },
  {
    vignette: '02-residential-relapsed-after-iop-using-partner',
    answers: {
      who: 'she', age: '29', concern: 'substance-use',
      suicide: 'past', harmOthers: 'no', dangerNow: ['none'],
      substances: ['opioids'], daysUsed: '30', lastUse: '20', problems: ['more', 'cutDown', 'time', 'craving', 'duties', 'fights', 'tolerance', 'withdrawal'],
      withdrawalNow: 'moderate', monitoring: 'no', overdose: 'yes',
      physical: 'stable', phq1: '1', phq2: '1', psychosis: 'none', functioning: 'moderate-impairment', pregnant: 'no',
      stage: 'preparation', importance: '8', engagement: 'engaged',
      cravings: 'high', coping: 'limited', longestAbstinence: '10', prior: ['intensive-outpatient'], 'prior-intensive-outpatient': 'completed-relapsed',
      housing: 'stable', householdUse: 'yes', unsafe: 'no', support: 'undermining', transport: 'yes', legal: 'no',
      obligations: ['work-part-time'], canPause: 'yes', coverage: 'medicaid', preference: 'no-preference', language: 'en', zip: '19104',
    },
  },
  {
    vignette: '05-adolescent-cannabis-supportive-family',
    answers: {
      who: 'he', age: '16', concern: 'substance-use',
      suicide: 'none', harmOthers: 'no', dangerNow: ['none'],
      substances: ['cannabis'], daysUsed: '10', lastUse: '60', problems: ['more', 'duties'], overdose: 'no',
      physical: 'none', phq1: '0', phq2: '0', psychosis: 'none', functioning: 'mild-impairment',
      stage: 'contemplation', importance: '5', engagement: 'ambivalent',
      cravings: 'low', coping: 'adequate', longestAbstinence: '21', prior: ['none'],
      housing: 'stable', householdUse: 'no', unsafe: 'no', support: 'strong', transport: 'yes', legal: 'no',
      obligations: ['school'], canPause: 'no', coverage: 'private', preference: 'outpatient', schedule: ['afternoon'], language: 'en',
    },
  },
  {
    vignette: '06-risky-drinking-no-disorder',
    answers: {
      who: 'self', age: '24', concern: 'substance-use',
      suicide: 'none', harmOthers: 'no', dangerNow: ['none'],
      substances: ['alcohol'], daysUsed: '10', lastUse: '60', problems: ['none'],
      auditFrequency: '2', auditQuantity: '2', auditBinge: '2', withdrawalNow: 'none', seizureHistory: 'no', monitoring: 'yes', overdose: 'no',
      physical: 'none', phq1: '0', phq2: '0', psychosis: 'none', functioning: 'adequate',
      stage: 'contemplation', importance: '4', engagement: 'ambivalent',
      cravings: 'none', coping: 'adequate', longestAbstinence: '45', prior: ['none'],
      housing: 'stable', householdUse: 'no', unsafe: 'no', support: 'strong', transport: 'yes', legal: 'no',
      obligations: ['work-full-time'], canPause: 'no', coverage: 'private', preference: 'outpatient', language: 'en',
    },
  },
  {
    vignette: '09-homeless-severe-stimulant',
    answers: {
      who: 'he', age: '34', concern: 'substance-use',
      suicide: 'past', harmOthers: 'no', dangerNow: ['none'],
      substances: ['stimulants'], daysUsed: '25', lastUse: '20', problems: ['more', 'cutDown', 'time', 'craving', 'duties', 'gaveUp', 'tolerance'],
      overdose: 'no',
      physical: 'stable', phq1: '1', phq2: '1', psychosis: 'none', functioning: 'moderate-impairment',
      stage: 'preparation', importance: '7', engagement: 'engaged',
      cravings: 'high', coping: 'none', longestAbstinence: '3',
      prior: ['outpatient', 'intensive-outpatient'], 'prior-outpatient': 'left-early', 'prior-intensive-outpatient': 'left-early',
      housing: 'homeless', unsafe: 'yes', support: 'none', transport: 'no', legal: 'no',
      obligations: ['none'], coverage: 'medicaid', preference: 'residential', language: 'en',
    },
  },
  {
    vignette: '12-recovery-maintenance',
    answers: {
      who: 'self', age: '48', concern: 'substance-use',
      suicide: 'none', harmOthers: 'no', dangerNow: ['none'],
      substances: ['alcohol'], daysUsed: '0', lastUse: '900', problems: ['none'],
      auditFrequency: '0', auditQuantity: '0', auditBinge: '0', withdrawalNow: 'none', seizureHistory: 'no', monitoring: 'yes', overdose: 'no',
      physical: 'stable', phq1: '0', phq2: '0', psychosis: 'none', functioning: 'adequate',
      stage: 'maintenance', importance: '10', engagement: 'engaged',
      cravings: 'none', coping: 'strong', longestAbstinence: '420', prior: ['intensive-outpatient'], 'prior-intensive-outpatient': 'completed-sustained',
      housing: 'stable', householdUse: 'no', unsafe: 'no', support: 'strong', transport: 'yes', legal: 'no',
      obligations: ['work-full-time'], canPause: 'no', coverage: 'private', preference: 'outpatient', language: 'en',
    },
  },
  {
    vignette: '04-imminent-suicide-risk',
    answers: {
      who: 'self', age: '33', concern: 'co-occurring',
      suicide: 'plan', harmOthers: 'no', dangerNow: ['none'],
      substances: ['alcohol'], daysUsed: '18', lastUse: '6', problems: ['more', 'cutDown', 'craving', 'harm'],
      auditFrequency: '3', auditQuantity: '2', auditBinge: '2', withdrawalNow: 'none', seizureHistory: 'no', monitoring: 'yes', overdose: 'no',
      phq1: '3', phq2: '3', phq3: '3', phq4: '2', phq5: '2', phq6: '3', phq7: '2', phq8: '2', phq9: '3', psychosis: 'none', functioning: 'severe-impairment',
      stage: 'contemplation', engagement: 'ambivalent', housing: 'stable', support: 'some',
    },
  },
  {
    vignette: '03-severe-alcohol-withdrawal-seizure-history',
    answers: {
      who: 'he', age: '55', concern: 'substance-use',
      suicide: 'none', harmOthers: 'no', dangerNow: ['severeWithdrawal'],
      substances: ['alcohol'], daysUsed: '30', lastUse: '20', problems: ['more', 'cutDown', 'time', 'craving', 'duties', 'tolerance', 'withdrawal'],
      auditFrequency: '4', auditQuantity: '4', auditBinge: '4', withdrawalNow: 'severe', seizureHistory: 'seizure', monitoring: 'yes', overdose: 'no',
      physical: 'needs-monitoring', psychosis: 'none', functioning: 'moderate-impairment',
      stage: 'preparation', importance: '7', engagement: 'engaged', cravings: 'high', coping: 'limited', longestAbstinence: '3', prior: ['none'],
      housing: 'stable', householdUse: 'no', unsafe: 'no', support: 'some', transport: 'yes',
    },
  },
];
