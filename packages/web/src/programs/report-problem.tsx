import { PROGRAM_PROBLEMS, type ProgramProblem } from '@carelevel/contract';
import { useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import type { UiWords } from '../i18n/ui-en.js';

type Problem = ProgramProblem;

/** Send a report: only the program, the problem and the note. No cookies, nothing about the person. */
export async function sendProblemReport(programId: string, problem: Problem, note: string): Promise<'sent' | 'too-many' | 'failed'> {
  try {
    const res = await fetch(`/api/v1/programs/${encodeURIComponent(programId)}/reports`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(note.trim() ? { problem, note: note.trim() } : { problem }),
    });
    return res.ok ? 'sent' : res.status === 429 ? 'too-many' : 'failed';
  } catch {
    return 'failed';
  }
}

/** "Report a problem" under a listing: closed, wrong phone or address, a service or insurance it does not take. */
export function ReportProblem({
  t,
  programId,
  programName,
}: {
  readonly t: UiWords;
  readonly programId: string;
  readonly programName: string;
}): ReactElement {
  const w = t.report;
  const id = useId();
  const [problem, setProblem] = useState<Problem | ''>('');
  const [note, setNote] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'too-many' | 'failed' | 'choose'>('idle');
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (problem === '') {
      setState('choose');
      return;
    }
    setState('sending');
    void sendProblemReport(programId, problem, note).then(setState);
  };
  if (state === 'sent')
    return (
      <p className="report-done" role="status">
        {w.thanks}
      </p>
    );
  return (
    <details className="report-problem">
      <summary>
        {w.open}
        <span className="visually-hidden">: {programName}</span>
      </summary>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={state === 'choose' ? `${id}-choose` : undefined}>
          <legend>{w.what}</legend>
          {PROGRAM_PROBLEMS.map((p) => (
            <label key={p} className="option">
              <input
                type="radio"
                name={`${id}-problem`}
                value={p}
                checked={problem === p}
                onChange={() => {
                  setProblem(p);
                  if (state === 'choose') setState('idle');
                }}
              />
              <span>{w.problems[p]}</span>
            </label>
          ))}
        </fieldset>
        {state === 'choose' ? (
          <p id={`${id}-choose`} className="warning" role="alert">
            {w.chooseFirst}
          </p>
        ) : null}
        <label htmlFor={`${id}-note`}>{w.note}</label>
        <p id={`${id}-note-hint`} className="hint">
          {w.noteHint}
        </p>
        <textarea
          id={`${id}-note`}
          aria-describedby={`${id}-note-hint`}
          maxLength={500}
          rows={3}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
          }}
        />
        <button type="submit" disabled={state === 'sending'}>
          {state === 'sending' ? w.sending : w.send}
        </button>
        {state === 'failed' || state === 'too-many' ? (
          <p className="warning" role="alert">
            {state === 'failed' ? w.failed : w.tooMany}
          </p>
        ) : null}
      </form>
    </details>
  );
}
