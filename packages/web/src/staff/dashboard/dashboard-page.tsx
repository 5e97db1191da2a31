import type { LevelCode } from '@carelevel/engine';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SummaryReportView, WaitingTimeView } from '@carelevel/contract';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { engineWords, words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { CountChart } from './count-chart.js';
import { DirectoryHealth } from './directory-health.js';
import './dashboard.css';
import { localDate, readSummary, reportKey, type Period } from './reports-api.js';
import { ScrollTable } from '../shell/scroll-table.js';

const FIELDS = ['from', 'to'] as const;
const level = (l: string): string => engineWords.levels[l as LevelCode] ?? l;

/**
 * For administrators and planners: placements by level, where the chosen level differed from the
 * indicated one and why (the service gaps), referral outcomes and how long referrals waited.
 */
export default function DashboardPage(): ReactNode {
  const w = words.dashboard;
  const client = useQueryClient();
  const [period, setPeriod] = useState<Period>(() => ({ from: localDate(-89), to: localDate(0) }));
  const [input, setInput] = useState<Period>(period);
  const [checking, setChecking] = useState(false);
  const form = useFormErrors('period', 'query', FIELDS);
  const report = useQuery({ queryKey: reportKey(period), queryFn: () => readSummary(period) });

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setChecking(true);
    try {
      // Ask first, so a period the server refuses shows its error beside the date and keeps the last report.
      await client.query({ queryKey: reportKey(input), queryFn: () => readSummary(input) });
      form.clear();
      setPeriod(input);
    } catch (err) {
      form.fail(err);
    } finally {
      setChecking(false);
    }
  };

  return (
    <Page title={w.title} lead={w.intro}>
      <form ref={form.formRef} noValidate className="period-form" onSubmit={(e) => void submit(e)}>
        <ErrorSummary items={form.summary} />
        <div className="period-fields">
          <TextField
            id={form.id('from')}
            label={w.from}
            type="date"
            value={input.from}
            onChange={(v) => {
              setInput({ ...input, from: v });
            }}
            error={form.error('from')}
          />
          <TextField
            id={form.id('to')}
            label={w.to}
            type="date"
            value={input.to}
            onChange={(v) => {
              setInput({ ...input, to: v });
            }}
            error={form.error('to')}
          />
          <button type="submit" className="button" disabled={checking}>
            {w.show}
          </button>
        </div>
      </form>
      {report.isPending ? <Loading /> : null}
      {report.isError ? <LoadError error={report.error} retry={() => void report.refetch()} /> : null}
      {report.data ? <Report report={report.data} /> : null}
      <DirectoryHealth />
    </Page>
  );
}

function Report({ report: r }: { readonly report: SummaryReportView }): ReactNode {
  const w = words.dashboard;
  const rw = words.referrals;
  return (
    <>
      <p role="status" className="report-period">
        {w.period(shortDate(r.from), shortDate(r.to))}
      </p>
      <div className="reports">
        <CountChart
          id="placements"
          title={w.placementsHeading}
          summary={w.placementsSummary(r.placements.total)}
          labelHeading={w.level}
          rows={r.placements.byChosenLevel.map((x) => ({ label: level(x.level), value: x.count }))}
        />
        <CountChart
          id="variance"
          title={w.varianceHeading}
          summary={w.varianceSummary(r.variance.total, r.placements.total, r.variance.serviceGaps)}
          labelHeading={w.reason}
          rows={r.variance.byReason.map((x) => ({
            label: x.reason ? (w.varianceReasons[x.reason] ?? x.reason) : w.noReason,
            value: x.count,
          }))}
        />
        {r.variance.byLevels.length > 0 ? (
          <section aria-labelledby="by-levels" className="report">
            <h2 id="by-levels">{w.byLevelsHeading}</h2>
            <ScrollTable label={w.byLevelsHeading}>
              <table>
                <caption className="visually-hidden">{w.byLevelsHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w.indicated}</th>
                    <th scope="col">{w.chosen}</th>
                    <th scope="col" className="num">
                      {w.count}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.variance.byLevels.map((x) => (
                    <tr key={`${x.indicatedLevel}-${x.chosenLevel}`}>
                      <td>{level(x.indicatedLevel)}</td>
                      <td>{level(x.chosenLevel)}</td>
                      <td className="num">{x.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
        ) : null}
        <CountChart
          id="referral-outcomes"
          title={w.referralsHeading}
          summary={w.referralsSummary(r.referrals.total)}
          labelHeading={w.status}
          rows={r.referrals.byStatus.map((x) => ({ label: rw.status[x.status] ?? x.status, value: x.count }))}
        />
        <WaitingTimes ack={r.waiting.toAcknowledge} admit={r.waiting.toAdmission} />
      </div>
    </>
  );
}

const hours = (h: number | null): string => (h === null ? words.dashboard.none : words.referrals.hours(h));
/** Admissions are recorded by the day, so their waits are said in whole days. */
const days = (h: number | null): string => (h === null ? words.dashboard.none : words.referrals.days(Math.round(h / 24)));

function WaitingTimes({ ack, admit }: { readonly ack: WaitingTimeView; readonly admit: WaitingTimeView }): ReactNode {
  const w = words.dashboard;
  const rows = [
    { label: w.toAcknowledge, t: ack, time: hours },
    { label: w.toAdmission, t: admit, time: days },
  ];
  const data = rows.map((r) => ({ label: r.label, median: r.t.medianHours ?? 0, p90: r.t.p90Hours ?? 0 }));
  const measured = ack.measured + admit.measured > 0;
  // Milestones across, measures down: three columns fit a phone without sideways scrolling.
  const measures: readonly { label: string; value: (t: WaitingTimeView, time: (h: number | null) => string) => string }[] = [
    { label: w.median, value: (t, time) => time(t.medianHours) },
    { label: w.p90, value: (t, time) => time(t.p90Hours) },
    { label: w.reached, value: (t) => String(t.measured) },
    { label: w.notYet, value: (t) => String(t.notYet) },
  ];
  return (
    <section aria-labelledby="waiting" className="report">
      <h2 id="waiting">{w.waitingHeading}</h2>
      <p>{w.waitingSummary(hours(ack.medianHours), days(admit.medianHours))}</p>
      {measured ? (
        <div className="report-chart" aria-hidden="true" style={{ height: '180px' }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke="#c9d1dc" />
              <XAxis type="number" unit=" h" tick={{ fill: '#1c2430', fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={110} tick={{ fill: '#1c2430', fontSize: 12 }} />
              <Legend wrapperStyle={{ color: '#1c2430' }} />
              <Bar dataKey="median" name={w.median} fill="#1f5fa8" isAnimationActive={false} />
              <Bar dataKey="p90" name={w.p90} fill="#b45309" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <ScrollTable label={w.waitingHeading}>
        <table>
          <caption className="visually-hidden">{w.waitingHeading}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((r) => (
                <th key={r.label} scope="col" className="num">
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.label}>
                <th scope="row">{m.label}</th>
                {rows.map((r) => (
                  <td key={r.label} className="num">
                    {m.value(r.t, r.time)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
