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
  // Events with a real time sort by it. A day-only event (an episode, a transition) has no time of day:
  // it sorts after that day's timed events, since the assessment and decision that led to it come
  // first; among themselves, the episode that ends, then the transition, then the one it opens.
  const order: readonly EventKind[] = ['assessment', 'determination', 'referral', 'episode-end', 'transition', 'episode-start'];
  return out.sort((a, b) => sortTime(a) - sortTime(b) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** A day-only event at the end of its day, so it follows the timed events of the same day. */
const sortTime = (e: TimelineEvent): number => (e.dateOnly ? e.t + 86_399_999 : e.t);

export interface LevelPoint {
  readonly t: number;
  /** Position on the ladder, 0 = least intensive (null: no care between episodes). */
  readonly level: number | null;
}

/**
 * The level of care as steps: each episode from its start to its end (or to now), and a break in
 * the line (a null) where the person was in no episode, so no level is drawn for a time it was not
 * held. An episode that starts and ends on the same day is drawn as that whole day.
 */
export function levelSteps(t: TimelineView, now = Date.now()): LevelPoint[] {
  const points: LevelPoint[] = [];
  const episodes = [...t.episodes].sort((a, b) => toTime(a.startedOn) - toTime(b.startedOn));
  episodes.forEach((e, i) => {
    const level = LEVELS[e.level].intensity;
    const start = toTime(e.startedOn);
    const end = e.endedOn ? Math.max(toTime(e.endedOn), start + 86_400_000 - 1) : Math.max(now, start);
    points.push({ t: start, level }, { t: end, level });
    const next = episodes[i + 1];
    if (e.endedOn && (!next || toTime(next.startedOn) > toTime(e.endedOn))) points.push({ t: end + 1, level: null });
  });
  return points;
}

/**
 * Where the date axis is labelled: at most `most` days, each a different day, evenly spread from the
 * first to the last, so no two labels say the same date or crowd each other.
 */
export function dayTicks(from: number, to: number, most = 6): number[] {
  const day = (ms: number): number => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  const first = day(from);
  const last = day(to);
  const days = Math.round((last - first) / 86_400_000);
  const step = Math.max(1, Math.ceil(days / Math.max(1, most - 1)));
  const ticks: number[] = [];
  for (let i = 0; i <= days; i += step) {
    const d = new Date(first);
    d.setDate(d.getDate() + i);
    ticks.push(d.getTime());
  }
  return ticks;
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
