import { LEVEL_CODES, LEVELS } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import type { TimelineView } from '@carelevel/contract';
import { engineWords, words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { chosenLevels, dayTicks, levelSteps, scoreSeries, timelineEvents } from './timeline-events.js';

// Dark enough for 3:1 against white (non-text contrast), and told apart by dash as well as colour.
const COLOURS = ['#9b1c1c', '#1d6b3a', '#6b21a8', '#b45309', '#0f766e', '#374151', '#be185d'];
const DASHES = ['6 3', '2 2', '8 3 2 3', '4 4', '1 3', '10 4', '3 6'];
const LEVEL_TICKS = LEVEL_CODES.map((l) => LEVELS[l].intensity);

/**
 * The timeline drawn: level of care as steps (left axis, by level name), instrument totals as
 * % of their maximum (right axis), transitions and referrals as vertical marks. Hidden from screen
 * readers: the events table beside it says the same in words.
 */
export default function TimelineChart({ timeline }: { readonly timeline: TimelineView }): ReactNode {
  const w = words.timeline;
  const steps = levelSteps(timeline);
  const chosen = steps.length === 0 ? chosenLevels(timeline) : [];
  const scores = [...scoreSeries(timeline)];
  const marks = timelineEvents(timeline).filter((e) => e.kind === 'transition' || e.kind === 'referral');
  const times = [...steps, ...chosen, ...scores.flatMap(([, s]) => s), ...marks].map((p) => p.t);
  if (times.length === 0) return null;
  const span = Math.max(...times) - Math.min(...times);
  const pad = Math.max(span * 0.05, 86_400_000);
  const from = Math.min(...times) - pad;
  const to = Math.max(...times) + pad;
  return (
    <div className="timeline-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart margin={{ top: 16, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[from, to]}
            ticks={dayTicks(from, to)}
            interval="preserveStartEnd"
            minTickGap={16}
            tickFormatter={(t: number) => shortDate(new Date(t).toISOString())}
            allowDuplicatedCategory={false}
          />
          <YAxis
            yAxisId="level"
            domain={[0, LEVEL_CODES.length - 1]}
            ticks={LEVEL_TICKS}
            tickFormatter={(i: number) => {
              const code = LEVEL_CODES[i];
              return code ? engineWords.levels[code] : '';
            }}
            tick={{ fontSize: 11 }}
            width={150}
          />
          <YAxis yAxisId="score" orientation="right" domain={[0, 100]} unit="%" width={48} />
          {steps.length > 0 ? (
            <Line
              yAxisId="level"
              data={steps}
              dataKey="level"
              name={w.level}
              type="stepAfter"
              stroke="#1f5fa8"
              strokeWidth={3}
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
          {chosen.length > 0 ? (
            <Scatter yAxisId="level" data={chosen} dataKey="level" name={w.level} fill="#1f5fa8" isAnimationActive={false} />
          ) : null}
          {scores.map(([name, points], i) => (
            <Line
              key={name}
              yAxisId="score"
              data={points}
              dataKey="percent"
              name={name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          {marks.map((m, i) => (
            <ReferenceLine
              key={i}
              yAxisId="level"
              x={m.t}
              stroke={m.kind === 'transition' ? '#374151' : '#b45309'}
              strokeDasharray="4 2"
              label={{ value: m.label, position: 'insideTopLeft', fontSize: 11 }}
            />
          ))}
          <Legend />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
