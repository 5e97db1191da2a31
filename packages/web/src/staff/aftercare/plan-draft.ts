import { AFTERCARE_COMPONENTS, AFTERCARE_FORMAT, type AftercareComponent, type AftercarePlan } from '@carelevel/engine';
import type { FieldPath } from '@carelevel/contract';
import type { ApiProblem } from '../api/api-problem.js';

export interface ContactDraft {
  readonly name: string;
  readonly relationship: string;
  readonly phone: string;
}

export interface ComponentDraft {
  readonly included: boolean;
  readonly details: string;
  readonly frequency: string;
  readonly programId: string;
  readonly programName: string;
  /** The engine's reason code when the template suggested it. */
  readonly reason: string;
}

/** The plan as the form edits it: lists as one line each, every component present (included or not). */
export interface PlanDraft {
  readonly components: Readonly<Record<AftercareComponent, ComponentDraft>>;
  readonly triggers: string;
  readonly warningSigns: string;
  readonly copingSteps: string;
  readonly peopleToCall: readonly ContactDraft[];
  readonly crisisSteps: string;
  readonly crisisContacts: readonly ContactDraft[];
  readonly safePlaces: string;
  readonly followUpDays: string;
  readonly language: 'en' | 'es';
}

const lines = (items: readonly string[] | undefined): string => (items ?? []).join('\n');
const unlines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const contactDraft = (c: { name: string; relationship?: string; phone?: string }): ContactDraft => ({
  name: c.name,
  relationship: c.relationship ?? '',
  phone: c.phone ?? '',
});
const contact = (c: ContactDraft): AftercarePlan['relapsePrevention']['peopleToCall'][number] => ({
  name: c.name.trim(),
  ...(c.relationship.trim() ? { relationship: c.relationship.trim() } : {}),
  ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
});
const filled = (c: ContactDraft): boolean => Boolean(c.name.trim() || c.relationship.trim() || c.phone.trim());

export const emptyContact: ContactDraft = { name: '', relationship: '', phone: '' };

export function draftFromPlan(plan: AftercarePlan): PlanDraft {
  const components = {} as Record<AftercareComponent, ComponentDraft>;
  for (const kind of AFTERCARE_COMPONENTS) {
    const c = plan.components.find((x) => x.kind === kind);
    components[kind] = {
      included: c !== undefined,
      details: c?.details ?? '',
      frequency: c?.frequency ?? '',
      programId: c?.programId ?? '',
      programName: c?.programName ?? '',
      reason: c?.reason ?? '',
    };
  }
  return {
    components,
    triggers: lines(plan.relapsePrevention.triggers),
    warningSigns: lines(plan.relapsePrevention.warningSigns),
    copingSteps: lines(plan.relapsePrevention.copingSteps),
    peopleToCall: plan.relapsePrevention.peopleToCall.map(contactDraft),
    crisisSteps: lines(plan.crisisPlan.steps),
    crisisContacts: plan.crisisPlan.contacts.map(contactDraft),
    safePlaces: lines(plan.crisisPlan.safePlaces),
    followUpDays: plan.followUpDays?.toString() ?? '',
    language: plan.language ?? 'en',
  };
}

/** The components in the plan, in the order the person reads them. */
export const includedKinds = (d: PlanDraft): AftercareComponent[] => AFTERCARE_COMPONENTS.filter((k) => d.components[k].included);

/** The `carelevel-aftercare/1` document the server stores. Empty lines and empty contacts are left out. */
export function planFromDraft(d: PlanDraft): AftercarePlan {
  const days = d.followUpDays.trim() === '' ? undefined : Number(d.followUpDays);
  return {
    format: AFTERCARE_FORMAT,
    components: includedKinds(d).map((kind) => {
      const c = d.components[kind];
      return {
        kind,
        ...(c.details.trim() ? { details: c.details.trim() } : {}),
        ...(c.programId ? { programId: c.programId, programName: c.programName } : {}),
        ...(c.frequency.trim() ? { frequency: c.frequency.trim() } : {}),
        ...(c.reason ? { reason: c.reason } : {}),
      };
    }),
    relapsePrevention: {
      triggers: unlines(d.triggers),
      copingSteps: unlines(d.copingSteps),
      peopleToCall: d.peopleToCall.filter(filled).map(contact),
      warningSigns: unlines(d.warningSigns),
    },
    crisisPlan: {
      steps: unlines(d.crisisSteps),
      contacts: d.crisisContacts.filter(filled).map(contact),
      safePlaces: unlines(d.safePlaces),
    },
    ...(days !== undefined ? { followUpDays: days } : {}),
    language: d.language,
  };
}

/**
 * The form's field names. The server names a component by its place in the plan (`components[2]`)
 * and a contact by its place among the filled ones; the form names them by kind and by row.
 */
export function planFields(d: PlanDraft): string[] {
  const fields = ['relapsePrevention.triggers', 'relapsePrevention.warningSigns', 'relapsePrevention.copingSteps'];
  fields.push('crisisPlan.steps', 'crisisPlan.safePlaces', 'followUpDays', 'language', 'components');
  for (const k of AFTERCARE_COMPONENTS) for (const f of ['details', 'frequency', 'programId']) fields.push(`components.${k}.${f}`);
  d.peopleToCall.forEach((_, i) => {
    for (const f of ['name', 'relationship', 'phone']) fields.push(`relapsePrevention.peopleToCall.${i}.${f}`);
  });
  d.crisisContacts.forEach((_, i) => {
    for (const f of ['name', 'relationship', 'phone']) fields.push(`crisisPlan.contacts.${i}.${f}`);
  });
  return fields;
}

/** Rewrite the server's paths (`body.plan.components[2].details`) to the form's names (`components.life-skills.details`). */
export function problemForForm(p: ApiProblem, d: PlanDraft): ApiProblem {
  const kinds = includedKinds(d);
  const rows = (list: readonly ContactDraft[]): number[] => list.flatMap((c, i) => (filled(c) ? [i] : []));
  const people = rows(d.peopleToCall);
  const crisis = rows(d.crisisContacts);
  const renumbered: Readonly<Record<string, readonly (string | number)[]>> = { components: kinds, peopleToCall: people, contacts: crisis };
  const rewrite = (path: FieldPath): FieldPath =>
    path.map((segment, k) => {
      const parent = path[k - 1];
      return typeof segment === 'number' && typeof parent === 'string' ? (renumbered[parent]?.[segment] ?? segment) : segment;
    });
  return p.withIssues((e) => ({ ...e, path: rewrite(e.path) }));
}
