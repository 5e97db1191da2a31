import type { CareCase } from '../case/case-schema.js';
import type { Decision } from '../determine/decision.js';
import { AFTERCARE_FORMAT, type AftercareComponent, type AftercarePlan } from './aftercare-plan.js';

interface Suggestion {
  readonly kind: AftercareComponent;
  /** Reason code (locale key `aftercare.<code>`). */
  readonly reason: string;
  readonly applies: (c: CareCase, d: Decision) => boolean;
}

const usesSubstances = (c: CareCase): boolean => (c.substances ?? []).some((s) => s.name !== 'tobacco');

/**
 * What an aftercare plan should start from, given the last case and its decision. Ordered as a
 * person would read it; every plan gets therapy, support groups, a relapse-prevention plan and a
 * crisis plan (TIP 47's continuing care; NIDA: treatment continues after the acute episode).
 */
const SUGGESTIONS: readonly Suggestion[] = [
  { kind: 'individual-therapy', reason: 'continue-therapy', applies: () => true },
  { kind: 'support-groups', reason: 'mutual-help', applies: (c) => usesSubstances(c) || c.primaryConcern !== 'mental-health' },
  { kind: 'medication-management', reason: 'keep-medication', applies: (_c, d) => d.offerMedication.length > 0 },
  {
    kind: 'medication-management',
    reason: 'psychiatric-medication',
    applies: (c) =>
      c.mentalHealth?.psychosis === 'stable' ||
      c.mentalHealth?.psychosis === 'active' ||
      (c.instruments?.phq9 != null && c.primaryConcern !== 'substance-use'),
  },
  {
    kind: 'recovery-residence',
    reason: 'home-not-supportive',
    applies: (c) =>
      c.environment?.householdUse === true ||
      c.environment?.unsafe === true ||
      c.environment?.support === 'undermining' ||
      c.environment?.housing === 'homeless' ||
      c.environment?.housing === 'unstable',
  },
  {
    kind: 'housing-help',
    reason: 'housing',
    applies: (c) => c.environment?.housing === 'homeless' || c.environment?.housing === 'unstable',
  },
  {
    kind: 'peer-recovery-coach',
    reason: 'build-support',
    applies: (c) => c.environment?.support === 'none' || c.environment?.support === 'undermining',
  },
  { kind: 'family-support', reason: 'family', applies: (c) => c.population === 'adolescent' || c.environment?.support === 'strong' },
  {
    kind: 'life-skills',
    reason: 'daily-life',
    applies: (c) =>
      c.mentalHealth?.functioning === 'moderate-impairment' ||
      c.mentalHealth?.functioning === 'severe-impairment' ||
      c.practical?.obligations == null,
  },
  {
    kind: 'primary-care',
    reason: 'physical-health',
    applies: (c) =>
      c.physicalHealth?.status === 'needs-monitoring' || c.physicalHealth?.status === 'unstable' || c.physicalHealth?.pregnant === true,
  },
];

/** A starting aftercare plan for a person, which staff then edit with them. */
export function aftercareTemplate(c: CareCase, d: Decision): AftercarePlan {
  const components: AftercarePlan['components'] = [];
  const seen = new Set<string>();
  for (const s of SUGGESTIONS) {
    if (seen.has(s.kind) || !s.applies(c, d)) continue;
    seen.add(s.kind);
    components.push({ kind: s.kind, reason: s.reason });
  }
  return {
    format: AFTERCARE_FORMAT,
    components,
    relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [], warningSigns: [] },
    crisisPlan: { steps: [], contacts: [] },
    followUpDays: d.level === 'recovery-support' ? 30 : 7,
    language: c.practical?.language?.startsWith('es') ? 'es' : 'en',
  };
}
