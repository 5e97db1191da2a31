import type { CareCase } from '../case/case-schema.js';
import { caseClock } from '../determine/case-dates.js';
import type { Decision } from '../determine/decision.js';
import { isLevelCode, levelIntensity } from '../levels/levels.js';
import type { SupportCode } from '../rules/rule-types.js';
import { AFTERCARE_FORMAT, type AftercareComponent, type AftercarePlan } from './aftercare-plan.js';

interface Suggestion {
  readonly kind: AftercareComponent;
  /** Reason code (locale key `aftercare.<code>`). */
  readonly reason: string;
  readonly applies: (c: CareCase, d: Decision) => boolean;
}

const usesSubstances = (c: CareCase): boolean => (c.substances ?? []).some((s) => s.name !== 'tobacco');
/** The supports the decision named carry into the plan; the plan does not judge the home a second time. */
const supported = (d: Decision, code: SupportCode): boolean => d.supports.some((s) => s.code === code);

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
    applies: (c, d) => supported(d, 'recovery-residence') || c.environment?.unsafe === true,
  },
  { kind: 'housing-help', reason: 'housing', applies: (_c, d) => supported(d, 'housing') },
  {
    kind: 'peer-recovery-coach',
    reason: 'build-support',
    applies: (c) => c.environment?.support === 'none' || c.environment?.support === 'undermining',
  },
  {
    kind: 'family-support',
    reason: 'family',
    applies: (c, d) => supported(d, 'family-involvement') || c.environment?.support === 'strong',
  },
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

/** Days since a stay that opens the high-risk weeks after it (NaN: none). */
function daysSinceStay(c: CareCase): number {
  const stay = c.recentDischarge;
  if (stay == null) return Number.NaN;
  const hospitalOrCrisis = !isLevelCode(stay.fromLevel) || levelIntensity(stay.fromLevel) >= levelIntensity('residential-low');
  return hospitalOrCrisis ? caseClock(c, [], []).daysSince(stay.on) : Number.NaN;
}

/**
 * Days to the first follow-up. After a hospital, 24-hour, crisis or emergency stay in the last month:
 * within 7 days (HEDIS follow-up after hospitalization), within 2 after a stay for suicide risk or
 * other mental-health crisis (SPRC: ideally 48 hours). Any suicide risk: within a week. Otherwise a
 * week, or a month once only recovery support is indicated. Never 30 days after such a stay.
 */
function followUpDays(c: CareCase, d: Decision): number {
  const since = daysSinceStay(c);
  const suicideRelated = supported(d, 'safety-planning');
  if (since <= 30) return suicideRelated ? 2 : 7;
  if (suicideRelated || d.crisis !== null || d.urgent !== null) return 7;
  return d.level === 'recovery-support' ? 30 : 7;
}

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
    followUpDays: followUpDays(c, d),
    language: c.practical?.language?.startsWith('es') ? 'es' : 'en',
  };
}
