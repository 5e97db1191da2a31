import { DomainError, type EpisodeView, type NewEpisode, type TimelineView } from '@carelevel/contract';
import type { EpisodesTable } from '@carelevel/storage';
import { newId, now } from '../db/ids.js';
import type { RecordAccess } from '../records/record-access.js';
import { insertEpisode, loadTimeline, toEpisodeView } from './timeline-store.js';

/** A person's levels of care over time, and the episodes staff add to it. */
export class TimelineRecords {
  constructor(private readonly access: RecordAccess) {}

  /**
   * Episodes, assessments, decisions and referrals on one axis. Program staff see instrument scores
   * and notes only with a consent that also shares assessments, and only referrals to their programs.
   */
  async read(personId: string): Promise<TimelineView> {
    await this.access.require(personId, 'timeline', 'signedIn');
    const parts = await this.access.readableParts(personId);
    const { caller } = this.access;
    return this.access.read(
      (db) =>
        loadTimeline(db, personId, {
          assessmentDetails: parts.has('assessments'),
          referralPrograms: caller.role === 'program-staff' ? caller.programs : undefined,
        }),
      () => [{ action: 'read', entityType: 'timeline', entityId: personId, personId }],
    );
  }

  async addEpisode(personId: string, e: NewEpisode): Promise<EpisodeView> {
    await this.access.require(personId, 'timeline', 'careTeam');
    if (e.endedOn && e.endedOn < e.startedOn)
      throw new DomainError('invalid-request', [{ path: ['body', 'endedOn'], message: 'must not be before startedOn' }]);
    const row: EpisodesTable = {
      id: newId(),
      person_id: personId,
      program_id: e.programId ?? null,
      level: e.level,
      started_on: e.startedOn,
      ended_on: e.endedOn ?? null,
      outcome: e.outcome ?? null,
      created_by: this.access.caller.userId,
      created_at: now(),
    };
    return this.access.write(async (tx) => {
      await insertEpisode(tx, row);
      return { result: toEpisodeView(row), audit: [{ action: 'create', entityType: 'episode', entityId: row.id, personId }] };
    });
  }
}
