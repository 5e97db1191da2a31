import { DomainError, failIf, under, type AftercarePlanView } from '@carelevel/contract';
import { getProgram } from '@carelevel/directory';
import { isAftercarePlan, validateAftercarePlan, type AftercarePlan, type Locale } from '@carelevel/engine';
import type { AftercarePlansTable } from '@carelevel/storage';
import { newId, now } from '../db/ids.js';
import { storedDocument } from '../db/stored.js';
import type { RecordAccess } from '../records/record-access.js';
import { findPerson } from '../people/person-store.js';
import { currentLevels, findPlan, insertPlan, replacePlan, toPlanView } from './aftercare-store.js';
import { renderPlanPdf, type PlanCopy, type PlanProgram } from './pdf/render-plan-pdf.js';

const planExists = (): DomainError =>
  new DomainError('if-match-required', [
    { path: ['headers', 'if-match'], message: 'is required to replace a plan: read the current one first' },
  ]);

/** One current aftercare plan per person; every change bumps its version (If-Match to change it). */
export class AftercareRecords {
  constructor(private readonly access: RecordAccess) {}

  async read(personId: string): Promise<AftercarePlanView> {
    await this.access.require(personId, 'aftercare', 'signedIn');
    const row = await this.access.read(
      (db) => findPlan(db, personId),
      (found) => (found ? [{ action: 'read', entityType: 'aftercare-plan', entityId: found.id, personId }] : []),
    );
    if (!row) throw new DomainError('not-found');
    return toPlanView(row);
  }

  /** Create the plan, or replace it as read at version `expected` (If-Match); the engine's schema judges it. */
  async save(personId: string, plan: unknown, expected: number | undefined): Promise<AftercarePlanView> {
    await this.access.require(personId, 'aftercare', 'careTeam');
    failIf('invalid-request', under(['body', 'plan'], validateAftercarePlan(plan)));
    const planJson = JSON.stringify(plan);
    const at = now();
    return this.access.write(async (tx) => {
      const current = await findPlan(tx, personId);
      if (!current) {
        const row: AftercarePlansTable = {
          id: newId(),
          person_id: personId,
          plan_json: planJson,
          version: 1,
          created_by: this.access.caller.userId,
          created_at: at,
          updated_at: at,
        };
        if (!(await insertPlan(tx, row))) throw planExists();
        return { result: toPlanView(row), audit: [{ action: 'create', entityType: 'aftercare-plan', entityId: row.id, personId }] };
      }
      if (expected === undefined) throw planExists();
      if (expected !== current.version || !(await replacePlan(tx, current, planJson, at))) throw new DomainError('stale-version');
      return {
        result: toPlanView({ ...current, plan_json: planJson, version: current.version + 1, updated_at: at }),
        audit: [{ action: 'update', entityType: 'aftercare-plan', entityId: current.id, personId }],
      };
    });
  }

  /**
   * The plan as a PDF. The clinician copy shows the levels of care only to a reader who may see both
   * the timeline and the assessments they come from.
   */
  async pdf(personId: string, copy: PlanCopy, asked: Locale | undefined): Promise<{ pdf: Buffer; locale: Locale }> {
    await this.access.require(personId, 'aftercare', 'signedIn');
    const { db } = this.access;
    const row = await findPlan(db, personId);
    if (!row) throw new DomainError('not-found', [], 'this person has no aftercare plan yet');
    const plan = storedDocument(row.plan_json, isAftercarePlan, 'aftercare_plans.plan_json');
    const locale = asked ?? plan.language ?? 'en';
    const parts = await this.access.readableParts(personId);
    const pdf = await renderPlanPdf({
      plan,
      copy,
      locale,
      version: row.version,
      updatedOn: row.updated_at.slice(0, 10),
      programs: await this.planPrograms(plan),
      ...(parts.has('demographics') ? { person: await this.planPerson(personId) } : {}),
      ...(copy === 'clinician' && parts.has('assessments') && parts.has('timeline') ? { levels: await currentLevels(db, personId) } : {}),
    });
    await this.access.audit(db, [{ action: 'read', entityType: 'aftercare-plan', entityId: row.id, personId }]);
    return { pdf, locale };
  }

  /** The person's name as the plan prints it (given name first, as they would write it). */
  private async planPerson(personId: string): Promise<{ name: string; birthDate: string | null }> {
    const person = await findPerson(this.access.db, personId);
    if (!person) throw new DomainError('not-found', [], 'no such person');
    return { name: [person.given_name, person.family_name].filter(Boolean).join(' '), birthDate: person.birth_date };
  }

  /** The programs the plan names, with the phone and address the person needs to reach them. */
  private async planPrograms(plan: AftercarePlan): Promise<Map<string, PlanProgram>> {
    const out = new Map<string, PlanProgram>();
    for (const id of new Set(plan.components.flatMap((c) => (c.programId ? [c.programId] : [])))) {
      const p = await getProgram(this.access.db, id);
      if (!p) continue;
      const a = p.address;
      const street = [a.street1, a.street2].filter(Boolean).join(', ');
      const address = [street, a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      out.set(id, { name: p.name, phone: p.intakePhone || p.phone, address });
    }
    return out;
  }
}
