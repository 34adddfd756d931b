import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps, fieldAria } from './field';

interface TextAreaFieldProps
  extends FieldProps,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {}

export function TextAreaField({ id, label, hint, error, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        rows={6}
        {...textarea}
        id={id}
        className="field__input field__textarea"
        {...fieldAria(id, hint, error)}
      />
    </Field>
  );
}
