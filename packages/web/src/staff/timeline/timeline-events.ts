import { LEVELS } from '@carelevel/engine';
import type { TimelineView } from '@carelevel/contract';
import { levelName, valueLabel } from '../assessment/value-label.js';
import { engineWords, words } from '../i18n/words.js';

export type EventKind = 'episode-start' | 'episode-end' | 'assessment' | 'determination' | 'transition' | 'referral';

export interface TimelineEvent {
  /** Milliseconds since 1970 (dates without a time are taken at local midnight). */
  readonly t: number;
  readonly kind: EventKind;
  readonly label: string;
  readonly details: string;
  /** Dated by day only (episodes, transitions), not by the moment. */
  readonly dateOnly?: boolean;
  /** An assessment to link to. */
  readonly assessmentId?: string;
}

export const toTime = (iso: string): number => new Date(iso.length === 10 ? `${iso}T00:00:00` : iso).getTime();

/** Episodes, assessments with their scores, determinations, transitions and referrals on one axis, oldest first. */
export function timelineEvents(t: TimelineView): TimelineEvent[] {
  const w = words.timeline;
  const out: TimelineEvent[] = [];
  for (const e of t.episodes) {
    out.push({ t: toTime(e.startedOn), kind: 'episode-start', label: w.episode(levelName(e.level)), details: '', dateOnly: true });
    if (e.endedOn)
      out.push({
        t: toTime(e.endedOn),
        kind: 'episode-end',
        label: w.episodeEnded(levelName(e.level)),
        details: e.outcome ? valueLabel(e.outcome) : '',
        dateOnly: true,
      });
  }
  for (const a of t.assessments) {
    const scores = (a.scores ?? []).map((s) => `${s.name} ${s.total}/${s.max} ${valueLabel(s.band)}`).join('; ');
    out.push({
      t: toTime(a.at),
      kind: 'assessment',
      label: w.assessment(levelName(a.indicatedLevel)),
      details: scores,
      assessmentId: a.id,
    });
  }
  for (const d of t.determinations) {
    const variance = d.varianceReason
      ? words.assessment.variance(words.assessment.varianceReasons[d.varianceReason] ?? d.varianceReason)
      : '';
    out.push({
      t: toTime(d.at),
      kind: 'determination',
      label: w.determination(levelName(d.chosenLevel)),
      details: variance,
      assessmentId: d.assessmentId,
    });
  }
  for (const x of t.transitions ?? []) {
    const action = engineWords.transitionAction[x.action];
    out.push({
      t: toTime(x.effectiveOn),
      kind: 'transition',
      dateOnly: true,
      label: w.transition(action),
      details: words.transitions.fromTo(levelName(x.currentLevel), levelName(x.toLevel)),
      assessmentId: x.assessmentId,
    });
  }
  for (const r of t.referrals ?? []) {
    out.push({ t: toTime(r.createdAt), kind: 'referral', label: w.referral(r.programName ?? r.programId), details: valueLabel(r.status) });
  }
  // Stable order for one instant: the episode opened by a transition follows it.
  const order: readonly EventKind[] = ['episode-end', 'assessment', 'determination', 'transition', 'episode-start', 'referral'];
  return out.sort((a, b) => a.t - b.t || order.indexOf(a.kind) - order.indexOf(b.kind));
}

export interface LevelPoint {
  readonly t: number;
  /** Position on the ladder, 0 = least intensive (null: no care between episodes). */
  readonly level: number | null;
}

/** The level of care as steps: each episode from its start to its end (or to now). */
export function levelSteps(t: TimelineView, now = Date.now()): LevelPoint[] {
  const points: LevelPoint[] = [];
  const episodes = [...t.episodes].sort((a, b) => toTime(a.startedOn) - toTime(b.startedOn));
  for (const e of episodes) {
    const level = LEVELS[e.level].intensity;
    points.push({ t: toTime(e.startedOn), level });
    points.push({ t: e.endedOn ? toTime(e.endedOn) : Math.max(now, toTime(e.startedOn)), level });
  }
  return points.sort((a, b) => a.t - b.t);
}

export interface ScorePoint {
  readonly t: number;
  /** Total as a percentage of the instrument's maximum, so instruments share one scale. */
  readonly percent: number;
  readonly total: number;
  readonly max: number;
  readonly band: string;
}

/** Each instrument's totals over time, keyed by instrument name. */
export function scoreSeries(t: TimelineView): Map<string, ScorePoint[]> {
  const series = new Map<string, ScorePoint[]>();
  for (const a of t.assessments)
    for (const s of a.scores ?? []) {
      const list = series.get(s.name) ?? [];
      list.push({
        t: toTime(a.at),
        percent: s.max > 0 ? Math.round((s.total / s.max) * 100) : 0,
        total: s.total,
        max: s.max,
        band: s.band,
      });
      series.set(s.name, list);
    }
  return series;
}

/** Chosen levels at each determination, for people without episodes yet. */
export function chosenLevels(t: TimelineView): LevelPoint[] {
  return t.determinations.map((d) => ({ t: toTime(d.at), level: LEVELS[d.chosenLevel].intensity }));
}
