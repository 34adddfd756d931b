import type { ReactNode } from 'react';
import { Icon } from './icon';

interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

interface RadioGroupProps<V extends string> {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Extra classes, such as `radio-group--inline` for short choices side by side. */
  className?: string;
  options: RadioOption<V>[];
  value: V;
  onChange: (value: V) => void;
}

/** Native radios in a fieldset, each with a plain-language description tied to it. */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  className,
  options,
  value,
  onChange,
}: RadioGroupProps<V>) {
  return (
    <fieldset
      className={['field', 'radio-group', error && 'field--invalid', className].filter(Boolean).join(' ')}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error">
          <Icon name="error" size={18} />
          <span>{error}</span>
        </p>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="check radio-group__option">
            <input
              id={optionId}
              type="radio"
              name={name}
              className="check__input"
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.description ? `${optionId}-description` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId} className="check__label">
              {option.label}
            </label>
            {option.description && (
              <p id={`${optionId}-description`} className="check__hint field__hint">
                {option.description}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
