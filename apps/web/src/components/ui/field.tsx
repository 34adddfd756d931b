import type { ReactNode } from 'react';
import { Icon } from './icon';

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

/**
 * A form field's frame: the label, then the hint and the error, then the control given as
 * children. The control ties itself to the hint and error with `fieldAria`.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <Icon name="error" size={18} />
          <span>{error}</span>
        </p>
      )}
      {children}
    </div>
  );
}

/** The attributes that mark a field's control invalid and point it at the field's hint and error. */
export function fieldAria(id: string, hint: ReactNode, error: string | undefined) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}
