import {
  DomainError,
  failIf,
  type CareTransitionRecorded,
  type EngineTransitionView,
  type NewCareTransition,
  type TransitionPreviewBody,
} from '@carelevel/contract';
import { getProgram } from '@carelevel/directory';
import type { Locale } from '@carelevel/engine';
import type { AuditEntry } from '../audit/audit-store.js';
import type { RecordAccess } from '../records/record-access.js';
import { toCareTransitionView, toEpisodeView } from '../timeline/timeline-store.js';
import { engineTransitionView, reviewStoredPair } from './engine-transition.js';
import { checkNote, checkRecordedMove } from './transition-decision.js';
import { recordTransition } from './transition-store.js';

/** Continued-stay review: what the engine advises for two assessments, and recording what was decided. */
export class TransitionRecords {
  constructor(private readonly access: RecordAccess) {}

  /** The engine's advice (stores nothing; reading the two assessments is audited). */
  async preview(personId: string, b: TransitionPreviewBody, locale: Locale): Promise<EngineTransitionView> {
    await this.access.require(personId, 'assessments', 'careTeam');
    const advice = await this.access.read(
      (db) => reviewStoredPair(db, personId, b, b.currentLevel),
      () =>
        [b.previousAssessmentId, b.assessmentId].map((entityId) => ({
          action: 'read' as const,
          entityType: 'assessment',
          entityId,
          personId,
        })),
    );
    return engineTransitionView(advice, locale);
  }

  /** Record the decision beside the engine's advice, ending the open episode and opening the next. */
  async record(personId: string, b: NewCareTransition, locale: Locale): Promise<CareTransitionRecorded> {
    await this.access.require(personId, 'timeline', 'assessors');
    const advice = await reviewStoredPair(this.access.db, personId, b, b.currentLevel);
    failIf('invalid-request', [...checkRecordedMove(b), ...checkNote(b, advice)]);
    if (b.programId && !(await getProgram(this.access.db, b.programId)))
      throw new DomainError('unknown-program', [{ path: ['body', 'programId'], message: 'is not in the directory' }]);
    const { row, opened } = await this.access.write(async (tx) => {
      const recorded = await recordTransition(tx, personId, this.access.caller.userId, b, advice);
      const r = recorded.row;
      const audit: AuditEntry[] = [{ action: 'create', entityType: 'care-transition', entityId: r.id, personId }];
      if (r.ended_episode_id) audit.push({ action: 'update', entityType: 'episode', entityId: r.ended_episode_id, personId });
      if (r.opened_episode_id) audit.push({ action: 'create', entityType: 'episode', entityId: r.opened_episode_id, personId });
      return { result: recorded, audit };
    });
    return {
      transition: toCareTransitionView(row),
      engine: engineTransitionView(advice, locale),
      openedEpisode: opened ? toEpisodeView(opened) : null,
    };
  }
}
