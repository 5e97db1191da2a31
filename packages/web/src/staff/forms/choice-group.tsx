import type { ReactNode } from 'react';
import { OptionFieldset, type OptionFieldsetProps } from './option-fieldset.js';

export interface ChoiceGroupProps extends OptionFieldsetProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Radio buttons in a fieldset (one answer); arrow keys move between choices. */
export function ChoiceGroup({ value, onChange, ...rest }: ChoiceGroupProps): ReactNode {
  return (
    <OptionFieldset
      {...rest}
      type="radio"
      isChecked={(v) => v === value}
      onToggle={(v) => {
        onChange(v);
      }}
    />
  );
}

export interface CheckboxGroupProps extends OptionFieldsetProps {
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}

/** Checkboxes in a fieldset (several may be chosen). */
export function CheckboxGroup({ values, onChange, ...rest }: CheckboxGroupProps): ReactNode {
  return (
    <OptionFieldset
      {...rest}
      type="checkbox"
      isChecked={(v) => values.includes(v)}
      onToggle={(v, on) => {
        onChange(on ? [...values, v] : values.filter((x) => x !== v));
      }}
    />
  );
}
