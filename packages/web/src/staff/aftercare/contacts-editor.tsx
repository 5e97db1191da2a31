import type { ReactNode } from 'react';
import { TextField } from '../forms/inputs.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { emptyContact, type ContactDraft } from './plan-draft.js';

/** People to call: name, relationship and phone per row, each row its own group; rows can be added and removed. */
export function ContactsEditor(p: {
  readonly legend: string;
  /** The form's field name of the list (`relapsePrevention.peopleToCall`). */
  readonly name: string;
  readonly contacts: readonly ContactDraft[];
  readonly onChange: (contacts: ContactDraft[]) => void;
  readonly form: FormErrors;
}): ReactNode {
  const w = words.aftercare;
  const set = (i: number, patch: Partial<ContactDraft>): void => {
    p.onChange(p.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  };
  return (
    <fieldset className="contacts">
      <legend>{p.legend}</legend>
      {p.contacts.map((c, i) => {
        const field = (f: keyof ContactDraft): string => `${p.name}.${i}.${f}`;
        return (
          <fieldset key={i} className="contact-row">
            <legend>{w.contactLegend(i + 1)}</legend>
            <TextField
              id={p.form.id(field('name'))}
              label={w.contactName}
              value={c.name}
              autoComplete="off"
              onChange={(v) => {
                set(i, { name: v });
              }}
              error={p.form.error(field('name'))}
            />
            <TextField
              id={p.form.id(field('relationship'))}
              label={w.contactRelationship}
              optional
              value={c.relationship}
              autoComplete="off"
              onChange={(v) => {
                set(i, { relationship: v });
              }}
              error={p.form.error(field('relationship'))}
            />
            <TextField
              id={p.form.id(field('phone'))}
              label={w.contactPhone}
              optional
              value={c.phone}
              autoComplete="off"
              onChange={(v) => {
                set(i, { phone: v });
              }}
              error={p.form.error(field('phone'))}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                p.onChange(p.contacts.filter((_, j) => j !== i));
              }}
            >
              {w.removeContact(i + 1)}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          p.onChange([...p.contacts, emptyContact]);
        }}
      >
        {w.addContact}
      </button>
    </fieldset>
  );
}
