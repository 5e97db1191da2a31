import type { ReactNode } from 'react';
import { TextField } from '../forms/inputs.js';
import { RepeatingRows } from '../forms/repeating-rows.js';
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
  return (
    <RepeatingRows
      title={p.legend}
      titleAs="legend"
      className="contacts"
      rowClassName="contact-row"
      rows={p.contacts}
      empty={emptyContact}
      onChange={p.onChange}
      legend={w.contactLegend}
      removeLabel={w.removeContact}
      addLabel={w.addContact}
      fields={(c, i, set) => {
        const field = (f: keyof ContactDraft): { id: string; error: string | undefined } => ({
          id: p.form.id(`${p.name}.${i}.${f}`),
          error: p.form.error(`${p.name}.${i}.${f}`),
        });
        return (
          <>
            <TextField {...field('name')} label={w.contactName} value={c.name} autoComplete="off" onChange={set('name')} />
            <TextField
              {...field('relationship')}
              label={w.contactRelationship}
              optional
              value={c.relationship}
              autoComplete="off"
              onChange={set('relationship')}
            />
            <TextField {...field('phone')} label={w.contactPhone} optional value={c.phone} autoComplete="off" onChange={set('phone')} />
          </>
        );
      }}
    />
  );
}
