import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label beside it and an optional plain-language hint below. */
export function CheckboxField({ id, label, hint, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        className="check__input"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="check__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="check__hint field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
