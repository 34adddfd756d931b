import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldProps, fieldAria } from './field';

interface SelectFieldProps
  extends FieldProps,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  options: { value: string; label: string }[];
  /** The label of an empty first choice, such as "Any country" or "Not set". */
  emptyLabel?: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  emptyLabel,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <select {...select} id={id} className="field__input field__select" {...fieldAria(id, hint, error)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
