import type { LevelCode } from '@carelevel/engine';
import type { TimelineView } from '@carelevel/contract';

/**
 * The level the person is in now: the open episode of care (the latest started, not ended), else the
 * level chosen at the last determination, else the last indicated level. Before `at` only, so an old
 * assessment's review reads the level as it was then.
 */
export function currentLevel(t: TimelineView | undefined, before: string): LevelCode | undefined {
  if (!t) return undefined;
  const open = t.episodes
    .filter((e) => e.endedOn === null && e.startedOn <= before.slice(0, 10))
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  if (open.length > 0) return open[open.length - 1]!.level;
  const decided = t.determinations.filter((d) => d.at < before);
  if (decided.length > 0) return decided[decided.length - 1]!.chosenLevel;
  const assessed = t.assessments.filter((a) => a.at < before);
  return assessed[assessed.length - 1]?.indicatedLevel;
}
