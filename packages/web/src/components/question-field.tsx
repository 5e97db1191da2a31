import { useState, type ReactElement } from 'react';
import type { UiWords } from '../i18n/ui-en.js';
import type { AnswerValue, ChoiceQuestion, Lang, Question, Voice } from '../questions/question-types.js';
import { fillVoice } from '../questions/voice.js';

interface Props {
  readonly q: Question;
  readonly value: AnswerValue | undefined;
  readonly lang: Lang;
  readonly voice: Voice;
  readonly t: UiWords;
  readonly onChange: (v: AnswerValue | undefined) => void;
}

const VALID: Readonly<Record<'age' | 'zip', (s: string) => boolean>> = {
  age: (s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 120,
  zip: (s) => /^\d{5}$/.test(s),
};

/** One question: a fieldset of radio buttons or checkboxes, or one labelled text box. */
export function QuestionField({ q, value, lang, voice, t, onChange }: Props): ReactElement {
  const say = (s: string): string => fillVoice(s, voice, lang);
  const hintId = `${q.id}-hint`;
  const hint = q.hint ? (
    <p className="hint" id={hintId}>
      {say(q.hint[lang])}
    </p>
  ) : null;

  if (q.kind === 'age' || q.kind === 'zip')
    return <TextField q={q} label={say(q.text[lang])} value={value} hint={hint} t={t} onChange={onChange} />;

  const { options, kind } = q as ChoiceQuestion;
  const chosen: readonly string[] = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  const pick = (id: string, on: boolean): void => {
    if (kind === 'single') {
      onChange(id);
      return;
    }
    const exclusive = options.find((o) => o.id === id)?.exclusive === true;
    const rest = chosen.filter((c) => c !== id && !(exclusive || options.find((o) => o.id === c)?.exclusive));
    const next = on ? [...(exclusive ? ([] as string[]) : rest), id] : rest;
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="question" aria-describedby={q.hint ? hintId : undefined}>
      <legend>{say(q.text[lang])}</legend>
      {hint}
      <div className={options.length > 8 && options.every((o) => o.label.en.length <= 2) ? 'options scale' : 'options'}>
        {options.map((o) => (
          <label key={o.id} className="option">
            <input
              type={kind === 'single' ? 'radio' : 'checkbox'}
              name={q.id}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) => {
                pick(o.id, e.currentTarget.checked);
              }}
            />
            <span>{say(o.label[lang])}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextField({
  q,
  label,
  value,
  hint,
  t,
  onChange,
}: {
  q: Question & { kind: 'age' | 'zip' };
  label: string;
  value: AnswerValue | undefined;
  hint: ReactElement | null;
  t: UiWords;
  onChange: (v: AnswerValue | undefined) => void;
}): ReactElement {
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const bad = text !== '' && !VALID[q.kind](text);
  const errorId = `${q.id}-error`;
  const described = [q.hint ? `${q.id}-hint` : '', bad ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="question">
      <label className="question-label" htmlFor={q.id}>
        {label}
      </label>
      {hint}
      <input
        id={q.id}
        name={q.id}
        type="text"
        inputMode="numeric"
        autoComplete={q.kind === 'zip' ? 'postal-code' : 'off'}
        maxLength={q.kind === 'zip' ? 5 : 3}
        size={6}
        value={text}
        aria-invalid={bad}
        aria-describedby={described || undefined}
        onChange={(e) => {
          const s = e.currentTarget.value.replace(/\D/g, '');
          setText(s);
          onChange(VALID[q.kind](s) ? s : undefined);
        }}
      />
      {bad ? (
        <p className="error" id={errorId}>
          {q.kind === 'zip' ? t.check.zipError : t.check.ageError}
        </p>
      ) : null}
    </div>
  );
}
