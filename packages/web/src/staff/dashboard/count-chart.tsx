import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { words } from '../i18n/words.js';
import { ScrollTable } from '../shell/scroll-table.js';

export interface Row {
  readonly label: string;
  readonly value: number;
}

/**
 * Counts as horizontal bars (long labels stay readable on a phone), with the same numbers in a table
 * below: the chart is a picture of the table, hidden from screen readers, which read the table.
 */
export function CountChart({
  id,
  title,
  summary,
  rows,
  labelHeading,
  valueHeading = words.dashboard.count,
}: {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly rows: readonly Row[];
  readonly labelHeading: string;
  readonly valueHeading?: string;
}): ReactNode {
  const w = words.dashboard;
  return (
    <section aria-labelledby={id} className="report">
      <h2 id={id}>{title}</h2>
      <p>{summary}</p>
      {rows.length === 0 ? (
        <p className="muted">{w.noData}</p>
      ) : (
        <>
          <div className="report-chart" aria-hidden="true" style={{ height: `${Math.max(120, rows.length * 40 + 40)}px` }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
                <CartesianGrid horizontal={false} stroke="#c9d1dc" />
                <XAxis type="number" allowDecimals={false} tick={{ fill: '#1c2430', fontSize: 12 }} />
                <YAxis type="category" dataKey="label" width={130} tick={{ fill: '#1c2430', fontSize: 12 }} interval={0} />
                <Bar dataKey="value" fill="#1f5fa8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ScrollTable label={title}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeading}</th>
                  <th scope="col" className="num">
                    {valueHeading}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
