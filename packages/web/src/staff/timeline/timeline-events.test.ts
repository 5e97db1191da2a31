import { describe, expect, it } from 'vitest';
import type { TimelineView } from '@carelevel/contract';
import { currentLevel } from '../transitions/current-level.js';
import { dayTicks, levelSteps, scoreSeries, timelineEvents } from './timeline-events.js';
import { shortDate } from '../people/person-name.js';

const timeline: TimelineView = {
  personId: 'p',
  episodes: [
    {
      id: 'e1',
      programId: null,
      level: 'residential-high',
      startedOn: '2026-10-01',
      endedOn: '2026-10-31',
      outcome: 'completed-sustained',
    },
    { id: 'e2', programId: null, level: 'intensive-outpatient', startedOn: '2026-10-31', endedOn: null, outcome: null },
  ],
  assessments: [
    {
      id: 'a1',
      at: '2026-09-30T15:00:00.000Z',
      indicatedLevel: 'residential-high',
      rulesVersion: 'r',
      signedAt: null,
      scores: [{ instrument: 'phq9', name: 'PHQ-9', total: 18, max: 27, band: 'moderately-severe', from: 'items', loinc: null }],
    },
    {
      id: 'a2',
      at: '2026-10-30T15:00:00.000Z',
      indicatedLevel: 'intensive-outpatient',
      rulesVersion: 'r',
      signedAt: null,
      scores: [{ instrument: 'phq9', name: 'PHQ-9', total: 9, max: 27, band: 'mild', from: 'items', loinc: null }],
    },
  ],
  determinations: [
    {
      id: 'd1',
      assessmentId: 'a1',
      at: '2026-09-30T16:00:00.000Z',
      indicatedLevel: 'residential-high',
      chosenLevel: 'residential-high',
      indicatedWithdrawalManagement: null,
      withdrawalManagement: null,
      varianceReason: null,
      note: null,
      adjustments: [],
      decidedBy: 'u',
      decidedAt: '2026-09-30T16:00:00.000Z',
    },
  ],
  transitions: [
    {
      id: 't1',
      previousAssessmentId: 'a1',
      assessmentId: 'a2',
      currentLevel: 'residential-high',
      engineAction: 'step-down',
      engineToLevel: 'intensive-outpatient',
      rulesVersion: 'r',
      action: 'step-down',
      toLevel: 'intensive-outpatient',
      followedEngine: true,
      programId: null,
      effectiveOn: '2026-10-31',
      note: null,
      changedDimensions: [],
      endedEpisodeId: 'e1',
      openedEpisodeId: 'e2',
      recordedBy: 'u',
      recordedAt: '2026-10-30T17:00:00.000Z',
    },
  ],
  referrals: [
    {
      id: 'r1',
      programId: 'prog',
      programName: 'Harbor IOP',
      status: 'accepted',
      level: null,
      createdAt: '2026-10-29T12:00:00.000Z',
      updatedAt: '2026-10-29T12:00:00.000Z',
    },
  ],
};

describe('the timeline on one axis', () => {
  it('puts every kind of event in time order, the transition before the episode it opens', () => {
    const kinds = timelineEvents(timeline).map((e) => e.kind);
    expect(kinds).toEqual([
      'assessment',
      'determination',
      'episode-start',
      'referral',
      'assessment',
      'episode-end',
      'transition',
      'episode-start',
    ]);
    expect(timelineEvents(timeline).find((e) => e.kind === 'transition')?.label).toBe('Transition: Step down');
  });

  it('draws levels as steps and scores as a share of their maximum', () => {
    expect(levelSteps(timeline, Date.parse('2026-11-15')).map((p) => p.level)).toEqual([6, 6, 3, 3]);
    expect(
      scoreSeries(timeline)
        .get('PHQ-9')
        ?.map((p) => p.percent),
    ).toEqual([67, 33]);
  });

  it('puts an episode that started on a day after the assessment that led to it that day', () => {
    const sameDay: TimelineView = {
      ...timeline,
      episodes: [{ id: 'e9', programId: null, level: 'residential-high', startedOn: '2026-11-20', endedOn: null, outcome: null }],
      assessments: [{ ...timeline.assessments[0]!, id: 'a9', at: new Date(2026, 10, 20, 16, 30).toISOString() }],
      determinations: [{ ...timeline.determinations[0]!, at: new Date(2026, 10, 20, 9, 5).toISOString() }],
      transitions: [],
      referrals: [],
    };
    expect(timelineEvents(sameDay).map((e) => e.kind)).toEqual(['determination', 'assessment', 'episode-start']);
  });

  it('draws no level for the time between two episodes, and a whole day for a one-day episode', () => {
    const gap: TimelineView = {
      ...timeline,
      episodes: [
        { id: 'x1', programId: null, level: 'residential-high', startedOn: '2026-10-01', endedOn: '2026-10-01', outcome: 'left-early' },
        { id: 'x2', programId: null, level: 'outpatient', startedOn: '2026-10-10', endedOn: '2026-10-20', outcome: 'completed-sustained' },
      ],
    };
    const steps = levelSteps(gap, Date.parse('2026-11-15'));
    expect(steps.map((p) => p.level)).toEqual([6, 6, null, 2, 2, null]);
    expect((steps[1]?.t ?? 0) - (steps[0]?.t ?? 0)).toBe(86_400_000 - 1);
  });

  it('labels the date axis with different days, at most six', () => {
    for (const [from, to] of [
      [Date.parse('2026-11-01T08:00:00Z'), Date.parse('2026-11-01T20:00:00Z')],
      [Date.parse('2026-11-01T08:00:00Z'), Date.parse('2026-11-04T20:00:00Z')],
      [Date.parse('2026-01-01T08:00:00Z'), Date.parse('2026-11-04T20:00:00Z')],
    ] as const) {
      const labels = dayTicks(from, to).map((t) => shortDate(new Date(t).toISOString()));
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.length).toBeLessThanOrEqual(6);
      expect(labels.length).toBeGreaterThan(0);
    }
  });

  it('reads the current level from the open episode at the time', () => {
    expect(currentLevel(timeline, '2026-10-15T00:00:00.000Z')).toBe('residential-high');
    expect(currentLevel(timeline, '2026-11-15T00:00:00.000Z')).toBe('intensive-outpatient');
  });
});
