import type { ProgramReport, ProgramReportResolution } from '@carelevel/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { ChoiceGroup } from '../forms/choice-group.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextAreaField, TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { listReports, reportsKey, resolveReport, STATUSES, type ReportStatus } from './listings-api.js';

const FIX_FIELDS = ['phone', 'street1', 'city', 'state', 'zip'] as const;
type FixField = (typeof FIX_FIELDS)[number];
const FIELDS = ['action', 'note', ...FIX_FIELDS.map((f) => `correction.${f}`)] as const;

/** One open report and the form that resolves it: fix the listing, mark the program closed, or dismiss. */
function ResolveForm({ report, onDone }: { readonly report: ProgramReport; readonly onDone: () => void }): ReactNode {
  const w = words.listings;
  const form = useFormErrors(`resolve-${report.id}`, 'body', FIELDS);
  const [action, setAction] = useState<'fix' | 'mark-closed' | 'dismiss' | ''>('');
  const [fix, setFix] = useState<Record<FixField, string>>({ phone: '', street1: '', city: '', state: '', zip: '' });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    if (action === '') {
      form.failWith({ action: w.chooseAction });
      return;
    }
    const correction = Object.fromEntries(FIX_FIELDS.filter((f) => fix[f].trim() !== '').map((f) => [f, fix[f].trim()]));
    if (action === 'fix' && Object.keys(correction).length === 0) {
      form.failWith({ 'correction.phone': w.needFix });
      return;
    }
    const trimmed = note.trim();
    const body: ProgramReportResolution =
      action === 'fix' ? { action, correction, ...(trimmed ? { note: trimmed } : {}) } : { action, ...(trimmed ? { note: trimmed } : {}) };
    setBusy(true);
    try {
      await resolveReport(report.id, body);
      onDone();
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form ref={form.formRef} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary items={form.summary} />
      <ChoiceGroup
        id={form.id('action')}
        legend={w.resolveLegend}
        options={(['fix', 'mark-closed', 'dismiss'] as const).map((a) => ({ value: a, label: w.actions[a] ?? a }))}
        value={action}
        onChange={(v) => {
          setAction(v as typeof action);
        }}
        error={form.error('action')}
      />
      {action === 'fix' ? (
        <fieldset className="fix-fields">
          <legend>{w.actions.fix}</legend>
          <p className="field-hint">{w.fixHint}</p>
          {FIX_FIELDS.map((f) => (
            <TextField
              key={f}
              id={form.id(`correction.${f}`)}
              label={w[f]}
              optional
              value={fix[f]}
              onChange={(v) => {
                setFix({ ...fix, [f]: v });
              }}
              error={form.error(`correction.${f}`)}
            />
          ))}
        </fieldset>
      ) : null}
      <TextAreaField id={form.id('note')} label={w.resolutionNote} optional value={note} onChange={setNote} error={form.error('note')} />
      <button type="submit" disabled={busy}>
        {w.resolve}
      </button>
    </form>
  );
}

/** The administrators' queue of reported problems with listings. */
export default function ProgramReportsPage(): ReactNode {
  const w = words.listings;
  const client = useQueryClient();
  const [status, setStatus] = useState<ReportStatus>('open');
  const reports = useQuery({ queryKey: reportsKey(status), queryFn: () => listReports(status) });
  const done = (): void => {
    void client.invalidateQueries({ queryKey: ['program-reports'] });
  };
  return (
    <Page title={w.queueTitle}>
      <p>{w.queueIntro}</p>
      <ChoiceGroup
        id="report-status"
        legend={w.show}
        inline
        options={STATUSES.map((s) => ({ value: s, label: w.statuses[s] ?? s }))}
        value={status}
        onChange={(v) => {
          setStatus(v as ReportStatus);
        }}
      />
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <LoadError error={reports.error} retry={() => void reports.refetch()} />
      ) : (
        <>
          <p role="status">{reports.data.total === 0 ? w.none : w.count(reports.data.total, w.statuses[status] ?? status)}</p>
          <ul className="report-queue">
            {reports.data.reports.map((r) => (
              <li key={r.id} className="card">
                <h2>{r.programName ?? w.unknownProgram}</h2>
                <p>
                  <strong>{w.problems[r.problem] ?? r.problem}</strong> · {w.reported(shortDate(r.createdAt.slice(0, 10)))}
                </p>
                {r.note ? <blockquote>{r.note}</blockquote> : null}
                {r.status === 'open' ? (
                  <ResolveForm report={r} onDone={done} />
                ) : (
                  <p className="muted">
                    {w.resolved(w.statuses[r.status] ?? r.status, shortDate((r.resolvedAt ?? r.createdAt).slice(0, 10)))}
                    {r.resolutionNote ? ` ${r.resolutionNote}` : ''}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
