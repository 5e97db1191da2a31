import type { Kysely } from 'kysely';
import { toDeterminationView, type DeterminationView } from '../assessments/determination-view.js';
import type { ServerTables } from '../storage/tables.js';
import { toTransitionView, type TransitionView } from '../transitions/transition-view.js';
import { instrumentScores, type InstrumentScoreView } from './instrument-scores.js';

export interface TimelineView {
  readonly personId: string;
  readonly episodes: readonly {
    id: string;
    programId: string | null;
    level: string;
    startedOn: string;
    endedOn: string | null;
    outcome: string | null;
  }[];
  readonly assessments: readonly {
    id: string;
    at: string;
    indicatedLevel: string;
    rulesVersion: string;
    signedAt: string | null;
    /** Null when the reader may not see assessments (program staff whose consent does not share them). */
    scores: readonly InstrumentScoreView[] | null;
  }[];
  /** Without the note and adjustments for readers who may not see assessments. */
  readonly determinations: readonly (Partial<DeterminationView> & { at: string })[];
  /** `note` and `changedDimensions` are null for readers who may not see assessments. */
  readonly transitions: readonly (Omit<TransitionView, 'changedDimensions'> & {
    changedDimensions: TransitionView['changedDimensions'] | null;
  })[];
  readonly referrals: readonly {
    id: string;
    programId: string;
    programName: string | null;
    status: string;
    level: string | null;
    createdAt: string;
    updatedAt: string;
  }[];
}

export interface TimelineOptions {
  /**
   * Whether the assessments' content may be shown: instrument scores, and the determinations' notes
   * and rating adjustments (their rationales describe the person's answers).
   */
  readonly assessmentDetails: boolean;
  /** Only referrals to these programs; every referral when undefined. */
  readonly referralPrograms: readonly string[] | undefined;
}

/** Everything on one person's time axis, each list oldest first. */
export async function loadTimeline(db: Kysely<ServerTables>, personId: string, o: TimelineOptions): Promise<TimelineView> {
  const referralQuery = db
    .selectFrom('referrals')
    .leftJoin('directory_programs', 'directory_programs.id', 'referrals.program_id')
    .select([
      'referrals.id',
      'referrals.program_id',
      'directory_programs.name as program_name',
      'referrals.status',
      'referrals.level',
      'referrals.created_at',
      'referrals.updated_at',
    ])
    .where('referrals.person_id', '=', personId);
  const onlyPrograms = o.referralPrograms;
  const [episodes, assessments, determinations, transitions, referrals] = await Promise.all([
    db.selectFrom('episodes').selectAll().where('person_id', '=', personId).orderBy('started_on').orderBy('created_at').execute(),
    db
      .selectFrom('assessments')
      .select(['id', 'created_at', 'indicated_level', 'rules_version', 'signed_at', 'case_json'])
      .where('person_id', '=', personId)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('determinations').selectAll().where('person_id', '=', personId).orderBy('decided_at').orderBy('id').execute(),
    db
      .selectFrom('care_transitions')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('effective_on')
      .orderBy('recorded_at')
      .execute(),
    onlyPrograms === undefined || onlyPrograms.length > 0
      ? (onlyPrograms ? referralQuery.where('referrals.program_id', 'in', [...onlyPrograms]) : referralQuery)
          .orderBy('referrals.created_at')
          .orderBy('referrals.id')
          .execute()
      : Promise.resolve([]),
  ]);
  return {
    personId,
    episodes: episodes.map((e) => ({
      id: e.id,
      programId: e.program_id,
      level: e.level,
      startedOn: e.started_on,
      endedOn: e.ended_on,
      outcome: e.outcome,
    })),
    assessments: assessments.map((a) => ({
      id: a.id,
      at: a.created_at,
      indicatedLevel: a.indicated_level,
      rulesVersion: a.rules_version,
      signedAt: a.signed_at,
      scores: o.assessmentDetails ? instrumentScores(JSON.parse(a.case_json) as Parameters<typeof instrumentScores>[0]) : null,
    })),
    determinations: determinations.map((d) => {
      const { note, adjustments, ...level } = toDeterminationView(d);
      return { ...level, ...(o.assessmentDetails ? { note, adjustments } : {}), at: d.decided_at };
    }),
    // A transition's note and its per-dimension ratings describe the assessments as much as a
    // determination's note does: the same rule hides them.
    transitions: transitions.map((t) => {
      const view = toTransitionView(t);
      return o.assessmentDetails ? view : { ...view, note: null, changedDimensions: null };
    }),
    referrals: referrals.map((r) => ({
      id: r.id,
      programId: r.program_id,
      programName: r.program_name ?? null,
      status: r.status,
      level: r.level,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
  };
}
