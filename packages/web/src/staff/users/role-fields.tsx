import type { ReactNode } from 'react';
import { ROLES, type Role } from '@carelevel/contract';
import { SelectField } from '../forms/inputs.js';
import type { FormErrors } from '../forms/use-form-errors.js';
import { words } from '../i18n/words.js';
import { ProgramPicker } from './program-picker.js';

/** A role, and for program staff the programs they work for: the same fields when adding an account and when changing one. */
export function RoleFields(p: {
  readonly form: FormErrors;
  readonly role: Role | '';
  readonly onRole: (role: Role | '') => void;
  readonly programs: readonly string[];
  readonly onPrograms: (programs: string[]) => void;
  /** The id of the place field, unique on the page. */
  readonly nearId: string;
}): ReactNode {
  return (
    <>
      <SelectField
        id={p.form.id('role')}
        label={words.users.role}
        value={p.role}
        onChange={(v) => {
          p.onRole(v as Role | '');
        }}
        options={ROLES.map((r) => ({ value: r, label: words.roles[r] }))}
        error={p.form.error('role')}
      />
      {p.role === 'program-staff' ? (
        <ProgramPicker
          id={p.form.id('programs')}
          nearId={p.nearId}
          values={p.programs}
          onChange={p.onPrograms}
          error={p.form.error('programs')}
        />
      ) : null}
    </>
  );
}
