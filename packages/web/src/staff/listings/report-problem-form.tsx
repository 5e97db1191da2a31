import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { ChoiceGroup } from '../forms/choice-group.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { TextAreaField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { PROBLEMS, sendReport } from './listings-api.js';

const FIELDS = ['problem', 'note'] as const;

/** "Report a problem" under a listing in the staff program search: into the administrators' queue. */
export function ReportProblemForm({ programId, programName }: { readonly programId: string; readonly programName: string }): ReactNode {
  const w = words.listings;
  const formName = `report-${useId().replace(/:/g, '')}`;
  const form = useFormErrors(formName, 'body', FIELDS);
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  if (sent) return <p role="status">{w.sent}</p>;
  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    if (!problem) {
      form.failWith({ problem: w.chooseFirst });
      return;
    }
    setSending(true);
    try {
      await sendReport(programId, problem, note);
      setSent(true);
    } catch (err) {
      form.fail(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <details className="report-problem">
      <summary>
        {w.report}
        <span className="visually-hidden">: {programName}</span>
      </summary>
      <form ref={form.formRef} onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary items={form.summary} />
        <ChoiceGroup
          id={form.id('problem')}
          legend={w.what}
          options={PROBLEMS.map((p) => ({ value: p, label: w.problems[p] ?? p }))}
          value={problem}
          onChange={setProblem}
          error={form.error('problem')}
        />
        <TextAreaField
          id={form.id('note')}
          label={w.note}
          hint={w.noteHint}
          optional
          value={note}
          onChange={setNote}
          error={form.error('note')}
        />
        <button type="submit" disabled={sending}>
          {w.send}
        </button>
      </form>
    </details>
  );
}
