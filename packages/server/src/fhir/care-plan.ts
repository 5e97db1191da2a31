import type { AftercarePlanView } from '@carelevel/contract';
import type { CarePlan, CarePlanActivity, Annotation } from '@medplum/fhirtypes';
import { PROGRAM_ID_SYSTEM } from './referral-resources.js';
import { labelled } from './part2-labels.js';

const AFTERCARE_COMPONENT_SYSTEM = 'https://carelevel.org/fhir/CodeSystem/aftercare-component';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The CarePlan's id: one current aftercare plan per person. */
export const carePlanId = (personId: string): string => `${personId}.aftercare`;

/**
 * A person's aftercare plan as a US Core CarePlan: each planned service an activity (with the program
 * where one was chosen), the relapse-prevention and crisis parts as notes, and the narrative US Core
 * requires, written from the same words.
 */
export function carePlanOf(view: AftercarePlanView): CarePlan {
  const { plan } = view;
  const activity: CarePlanActivity[] = plan.components.map((c) => ({
    detail: {
      code: { coding: [{ system: AFTERCARE_COMPONENT_SYSTEM, code: c.kind }], text: c.kind.replace(/-/g, ' ') },
      status: 'not-started',
      ...(c.details || c.frequency ? { description: [c.details, c.frequency].filter(Boolean).join('; ') } : {}),
      ...(c.programId
        ? {
            performer: [
              {
                type: 'Organization' as const,
                identifier: { system: PROGRAM_ID_SYSTEM, value: c.programId },
                ...(c.programName ? { display: c.programName } : {}),
              },
            ],
          }
        : {}),
    },
  }));
  const rp = plan.relapsePrevention;
  const lines = (title: string, items: readonly string[]): Annotation[] =>
    items.length > 0 ? [{ text: `${title}: ${items.join('; ')}` }] : [];
  const who = (cs: readonly { name: string; relationship?: string | undefined; phone?: string | undefined }[]): string[] =>
    cs.map((c) => [c.name, c.relationship, c.phone].filter(Boolean).join(', '));
  const note: Annotation[] = [
    ...lines('Triggers', rp.triggers),
    ...lines('Warning signs', rp.warningSigns ?? []),
    ...lines('Coping steps', rp.copingSteps),
    ...lines('People to call', who(rp.peopleToCall)),
    {
      text: `Crisis plan: call or text 988 (Suicide & Crisis Lifeline) or 911 in an emergency${plan.crisisPlan.steps.length > 0 ? `; ${plan.crisisPlan.steps.join('; ')}` : ''}`,
    },
    ...lines('Crisis contacts', who(plan.crisisPlan.contacts)),
    ...lines('Safe places', plan.crisisPlan.safePlaces ?? []),
    ...(plan.followUpDays ? [{ text: `Follow-up within ${String(plan.followUpDays)} days` }] : []),
  ];
  const items = [...activity.map((a) => a.detail?.code?.text ?? ''), ...note.map((n) => n.text)];
  return {
    resourceType: 'CarePlan',
    id: carePlanId(view.personId),
    meta: labelled({
      versionId: String(view.version),
      lastUpdated: view.updatedAt,
      profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan'],
    }),
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Aftercare plan</p><ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul></div>`,
    },
    status: 'active',
    intent: 'plan',
    category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] }],
    title: 'Aftercare plan',
    subject: { reference: `Patient/${view.personId}` },
    ...(plan.language ? { language: plan.language } : {}),
    activity,
    note,
  };
}
