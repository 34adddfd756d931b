import { type InputHTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Field, type FieldProps, fieldAria } from './field';

interface TextFieldProps
  extends FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'className'> {
  name: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <div className="field__control">
        <input {...input} id={id} className="field__input" {...fieldAria(id, hint, error)} />
      </div>
    </Field>
  );
}

/** A password input with a button that shows the password, for typing long passphrases safely. */
export function PasswordField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <div className="field__control">
        <input
          {...input}
          id={id}
          className="field__input"
          {...fieldAria(id, hint, error)}
          type={visible ? 'text' : 'password'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
        />
        <Button
          variant="secondary"
          className="field__toggle"
          aria-controls={id}
          aria-pressed={visible}
          aria-label={t('common.showPassword')}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? t('common.hide') : t('common.show')}
        </Button>
      </div>
    </Field>
  );
}
