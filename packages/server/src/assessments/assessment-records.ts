import {
  DomainError,
  failIf,
  type AssessmentView,
  type AssessmentWithDetermination,
  type DeterminationView,
  type FieldIssue,
  type NewDetermination,
} from '@carelevel/contract';
import type { Locale } from '@carelevel/engine';
import type { AssessmentsTable } from '@carelevel/storage';
import { newId, now } from '../db/ids.js';
import type { RecordAccess } from '../records/record-access.js';
import { checkAdjustments } from './adjustments.js';
import {
  findAssessment,
  insertAssessment,
  insertDetermination,
  latestDetermination,
  listAssessments,
  revisionOf,
  signAssessment,
  signerName,
  signedWhileWriting,
  toAssessmentView,
  toDeterminationView,
} from './assessment-store.js';
import { evaluateCase } from './case-body.js';

/** Assessments: run the engine on a case and keep both, read them, sign them, record what was decided. */
export class AssessmentRecords {
  constructor(private readonly access: RecordAccess) {}

  /** Validate the case, run the engine, store both; a change names the assessment it replaces. */
  async assess(personId: string, body: { case: unknown; locale: Locale; supersedes?: string | undefined }): Promise<AssessmentView> {
    await this.access.require(personId, 'assessments', 'assessors');
    const recommendation = evaluateCase(body.case, body.locale, ['body', 'case']);
    return this.access.write(async (tx) => {
      let revision = 1;
      if (body.supersedes) {
        const prev = await revisionOf(tx, body.supersedes);
        if (prev?.person_id !== personId)
          throw new DomainError('invalid-request', [{ path: ['body', 'supersedes'], message: "must be one of this person's assessments" }]);
        revision = prev.revision + 1;
      }
      const row: AssessmentsTable = {
        id: newId(),
        person_id: personId,
        revision,
        supersedes: body.supersedes ?? null,
        case_json: JSON.stringify(body.case),
        recommendation_json: JSON.stringify(recommendation),
        rules_version: recommendation.rulesVersion,
        indicated_level: recommendation.level,
        created_by: this.access.caller.userId,
        created_at: now(),
        signed_by: null,
        signed_at: null,
      };
      await insertAssessment(tx, row);
      return { result: toAssessmentView(row), audit: [{ action: 'create', entityType: 'assessment', entityId: row.id, personId }] };
    });
  }

  /** Newest first. */
  async list(personId: string): Promise<AssessmentView[]> {
    await this.access.require(personId, 'assessments', 'signedIn');
    const rows = await this.access.read(
      (db) => listAssessments(db, personId),
      (found) => found.map((r) => ({ action: 'list', entityType: 'assessment', entityId: r.id, personId })),
    );
    return rows.map(toAssessmentView);
  }

  /** One assessment, with the latest determination on it, so a reader sees what was decided. */
  async read(personId: string, id: string): Promise<AssessmentWithDetermination> {
    await this.access.require(personId, 'assessments', 'signedIn');
    const found = await this.access.read(
      async (db) => {
        const row = await findAssessment(db, personId, id);
        return row ? { row, latest: await latestDetermination(db, row.id) } : undefined;
      },
      (f) =>
        f
          ? [
              { action: 'read', entityType: 'assessment', entityId: f.row.id, personId },
              ...(f.latest ? [{ action: 'read' as const, entityType: 'determination', entityId: f.latest.id, personId }] : []),
            ]
          : [],
    );
    if (!found) throw new DomainError('not-found');
    return {
      ...toAssessmentView(found.row),
      signedByName: await signerName(this.access.db, found.row.signed_by),
      latestDetermination: found.latest ? toDeterminationView(found.latest) : null,
    };
  }

  /** An assessment found by its id alone (a FHIR reference names no person): the person's own rules apply. */
  async readById(id: string): Promise<AssessmentWithDetermination> {
    const owner = await revisionOf(this.access.db, id);
    if (!owner) throw new DomainError('not-found');
    return this.read(owner.person_id, id);
  }

  /** Newest first, each with the latest determination on it: every row read is audited. */
  async listWithDeterminations(personId: string): Promise<AssessmentWithDetermination[]> {
    await this.access.require(personId, 'assessments', 'signedIn');
    const found = await this.access.read(
      async (db) =>
        Promise.all((await listAssessments(db, personId)).map(async (row) => ({ row, latest: await latestDetermination(db, row.id) }))),
      (list) =>
        list.flatMap(({ row, latest }) => [
          { action: 'list' as const, entityType: 'assessment', entityId: row.id, personId },
          ...(latest ? [{ action: 'list' as const, entityType: 'determination', entityId: latest.id, personId }] : []),
        ]),
    );
    return found.map(({ row, latest }) => ({ ...toAssessmentView(row), latestDetermination: latest ? toDeterminationView(latest) : null }));
  }

  /**
   * Put one instrument's answers, sent from a health record, into the person's newest unsigned
   * assessment as a new revision of it (the engine decides again), or into a new draft that carries
   * only them when there is none. A signed assessment is never changed.
   */
  async fillInstrument(personId: string, instrumentKey: string, answers: readonly number[], locale: Locale): Promise<AssessmentView> {
    await this.access.require(personId, 'assessments', 'assessors');
    const draft = await this.access.read(
      async (db) => (await listAssessments(db, personId)).find((a) => a.signed_at === null),
      (found) => (found ? [{ action: 'read', entityType: 'assessment', entityId: found.id, personId }] : []),
    );
    const before = draft ? toAssessmentView(draft).case : { format: 'carelevel-case/1' };
    const base = typeof before === 'object' && before !== null ? before : { format: 'carelevel-case/1' };
    const instruments = 'instruments' in base && typeof base.instruments === 'object' && base.instruments !== null ? base.instruments : {};
    const filled = { ...base, instruments: { ...instruments, [instrumentKey]: [...answers] } };
    return this.assess(personId, { case: filled, locale, ...(draft ? { supersedes: draft.id } : {}) });
  }

  /** Sign an assessment; it can never change after. */
  async sign(personId: string, id: string): Promise<AssessmentView> {
    await this.access.require(personId, 'assessments', 'assessors');
    return this.access.write(async (tx) => {
      const outcome = await signAssessment(tx, personId, id, this.access.caller.userId, now());
      if (outcome !== 'signed') throw new DomainError(outcome === 'missing' ? 'not-found' : 'already-signed');
      const row = await findAssessment(tx, personId, id);
      if (!row) throw new DomainError('not-found');
      return {
        result: { ...toAssessmentView(row), signedByName: await signerName(tx, row.signed_by) },
        audit: [{ action: 'sign', entityType: 'assessment', entityId: id, personId }],
      };
    });
  }

  /** The level chosen (a variance reason when it differs from the indicated one) and any rating adjustments. */
  async determine(personId: string, id: string, d: NewDetermination): Promise<DeterminationView> {
    await this.access.require(personId, 'assessments', 'assessors');
    const row = await findAssessment(this.access.db, personId, id);
    if (!row) throw new DomainError('not-found');
    const a = toAssessmentView(row);
    // The determination is part of what a signature closes: after it, only a new assessment decides.
    if (a.signedAt !== null) throw new DomainError('already-signed');
    const issues: FieldIssue[] = [];
    const engineSetting = a.recommendation.withdrawalManagement;
    const setting = d.withdrawalManagement ?? engineSetting;
    const varies = d.chosenLevel !== a.indicatedLevel || setting !== engineSetting;
    if (d.chosenLevel !== a.indicatedLevel && !d.varianceReason)
      issues.push({
        path: ['body', 'varianceReason'],
        message: `is required when the chosen level differs from the indicated ${a.indicatedLevel}`,
      });
    else if (setting !== engineSetting && !d.varianceReason)
      issues.push({
        path: ['body', 'varianceReason'],
        message: `is required when the withdrawal-management setting differs from the indicated ${engineSetting}`,
      });
    if (d.varianceReason === 'clinical-judgment' && !d.note?.trim())
      issues.push({ path: ['body', 'note'], message: 'is required with clinical-judgment' });
    failIf('invalid-request', issues);
    const adjusted = d.adjustments ?? [];
    checkAdjustments(adjusted, a.recommendation);
    const determination = {
      id: newId(),
      assessment_id: a.id,
      person_id: personId,
      indicated_level: a.indicatedLevel,
      chosen_level: d.chosenLevel,
      variance_reason: varies ? (d.varianceReason ?? null) : null,
      note: d.note ?? null,
      decided_by: this.access.caller.userId,
      decided_at: now(),
      adjustments_json: adjusted.length > 0 ? JSON.stringify(adjusted) : null,
      indicated_withdrawal_management: engineSetting,
      withdrawal_management: setting,
    };
    return this.access.write(async (tx) => {
      if (await signedWhileWriting(tx, a.id)) throw new DomainError('already-signed');
      await insertDetermination(tx, determination);
      return {
        result: toDeterminationView(determination),
        audit: [{ action: 'create', entityType: 'determination', entityId: determination.id, personId }],
      };
    });
  }
}
