import type { ReactNode } from 'react';
import { ChoiceGroup } from '../forms/choice-group.js';
import { DateField } from '../forms/date-field.js';
import { describedBy, FieldError, hintId } from '../forms/field.js';
import { SelectField, TextAreaField, TextField } from '../forms/inputs.js';
import { words } from '../i18n/words.js';
import { languageOptions } from '../people/care-languages.js';
import type { InterviewField } from './interview-fields.js';
import { valueLabel } from './value-label.js';

export interface InterviewFieldProps {
  readonly field: InterviewField;
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  /** Said in place of the usual hint: where this answer came from. */
  readonly note?: string | undefined;
  readonly onChange: (value: string) => void;
}

const YES_NO = [
  { value: 'yes', label: words.forms.yes },
  { value: 'no', label: words.forms.no },
  { value: '', label: words.forms.unknown },
];

/** One interview question, drawn from its kind. Every question may be left unanswered. */
export function InterviewFieldInput({ field, id, value, error, note, onChange }: InterviewFieldProps): ReactNode {
  const w = words.assessment;
  const label = w.fields[field.path] ?? field.path;
  const hint = note ?? w.hints[field.path];
  const common = { id, label, error, ...(hint ? { hint } : {}) };
  switch (field.kind) {
    case 'choice':
    case 'language':
      return (
        <SelectField
          {...common}
          value={value}
          onChange={onChange}
          placeholder={words.forms.notAnswered}
          options={field.kind === 'choice' ? field.options.map((o) => ({ value: o, label: valueLabel(o) })) : languageOptions(value)}
        />
      );
    case 'yes-no':
      return <ChoiceGroup id={id} legend={label} error={error} inline options={YES_NO} value={value} onChange={onChange} />;
    case 'integer':
    case 'number':
      return <TextField {...common} inputMode="numeric" value={value} onChange={onChange} autoComplete="off" />;
    case 'text':
      return <TextField {...common} value={value} onChange={onChange} autoComplete="off" />;
    case 'date':
      return <DateField {...common} value={value} onChange={onChange} />;
    case 'lines':
      return <TextAreaField {...common} rows={2} value={value} onChange={onChange} />;
    case 'several': {
      const chosen = new Set(value.split(',').filter(Boolean));
      const toggle = (o: string, on: boolean): void => {
        const next = new Set(chosen);
        if (on) next.add(o);
        else next.delete(o);
        onChange(field.options.filter((x) => next.has(x)).join(','));
      };
      return (
        <fieldset
          className={`choice-group choice-group--inline${error ? ' field--error' : ''}`}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        >
          <legend>{label}</legend>
          {hint ? (
            <p className="field-hint" id={hintId(id)}>
              {hint}
            </p>
          ) : null}
          <FieldError id={id} error={error} />
          <div className="choices">
            {field.options.map((o, i) => (
              <label key={o} className="choice" htmlFor={i === 0 ? id : `${id}-${i}`}>
                <input
                  type="checkbox"
                  id={i === 0 ? id : `${id}-${i}`}
                  checked={chosen.has(o)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => {
                    toggle(o, e.target.checked);
                  }}
                />
                <span>{valueLabel(o)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
  }
}
