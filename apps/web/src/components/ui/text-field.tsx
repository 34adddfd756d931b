import { type InputHTMLAttributes, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Icon } from './icon';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="field__control">
        <FieldInput id={id} hint={hint} error={error} {...input} />
      </div>
    </div>
  );
}

/** A password input with a button that shows the password, for typing long passphrases safely. */
export function PasswordField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="field__control">
        <FieldInput
          id={id}
          hint={hint}
          error={error}
          {...input}
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
    </div>
  );
}

function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
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
    </>
  );
}

function FieldInput({
  id,
  hint,
  error,
  ...input
}: { id: string; hint?: ReactNode; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <input
      {...input}
      id={id}
      className="field__input"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
    />
  );
}
