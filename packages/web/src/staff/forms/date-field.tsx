import type { ReactNode } from 'react';
import { localToday } from '../../local-date.js';
import { words } from '../i18n/words.js';
import { TextField, type TextFieldProps } from './inputs.js';
import { dateToSend, dayInWords, readTypedDate } from './typed-date.js';

type DateFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'min' | 'max'>;

/**
 * A date typed the way the person at the keyboard writes dates, said back in words as it is read.
 * A text box, not the browser's date control: that one keeps focus inside itself, out of reach of the
 * focus outline, and cannot take a date pasted from a letter.
 */
export function DateField(p: DateFieldProps): ReactNode {
  const w = words.forms;
  const reading = readTypedDate(p.value, w.dateOrder, localToday());
  const readBack =
    reading.kind === 'date' && reading.iso !== p.value.trim()
      ? w.dateRead(dayInWords(reading.iso, w.dateLocale))
      : reading.kind === 'unreadable' && !p.error
        ? w.dateUnreadable
        : '';
  return (
    <div className="date-field">
      <TextField {...p} hint={p.hint ?? w.dateHint} autoComplete={p.autoComplete ?? 'off'} />
      <p className="field-hint date-read" id={`${p.id}-read`} aria-live="polite">
        {readBack}
      </p>
    </div>
  );
}

/** What a form sends for a date field: the day read (YYYY-MM-DD), or the text for the server to refuse by name. */
export const typedDateToSend = (typed: string): string => dateToSend(typed, words.forms.dateOrder, localToday());
