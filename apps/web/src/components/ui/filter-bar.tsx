import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from './badge';
import { Button } from './button';
import { Icon } from './icon';
import { SelectField } from './select-field';

interface FilterBarProps {
  id: string;
  searchLabel: string;
  query: string | undefined;
  onSearch: (query: string | undefined) => void;
  onClear: () => void;
  active: boolean;
  children: ReactNode;
}

/**
 * A directory's search box and filter controls. Selects apply at once; the search applies on
 * submit, so typing does not add a history entry per letter.
 */
export function FilterBar({ id, searchLabel, query, onSearch, onClear, active, children }: FilterBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query ?? '');
  // On phones the filters fold away behind a button; wider screens always show them.
  const [open, setOpen] = useState(false);
  useEffect(() => setText(query ?? ''), [query]);
  const tooShort = text.trim().length === 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tooShort) return;
    onSearch(text.trim() === '' ? undefined : text.trim());
  };

  return (
    <search className="filter-bar">
      <form className="filter-bar__search" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {searchLabel}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="field__input"
          placeholder={searchLabel}
          value={text}
          aria-describedby={tooShort ? `${id}-q-hint` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit">
          <Icon name="search" size={18} />
          {t('directory.search')}
        </Button>
      </form>
      {tooShort && (
        <p id={`${id}-q-hint`} className="field__hint">
          {t('directory.searchTooShort')}
        </p>
      )}
      <div className="filter-bar__toggle">
        <Button
          variant="secondary"
          size="small"
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          onClick={() => setOpen(!open)}
        >
          <Icon name={open ? 'close' : 'chevronDown'} size={16} />
          {open ? t('directory.hideFilters') : t('directory.showFilters')}
        </Button>
        {active && !open && <Badge tone="brand">{t('directory.filtersInUse')}</Badge>}
      </div>
      <div
        id={`${id}-filters`}
        className={open ? 'filter-bar__filters' : 'filter-bar__filters filter-bar__filters--folded'}
      >
        {children}
      </div>
      {active && (
        <div>
          <Button variant="quiet" size="small" onClick={onClear}>
            {t('directory.clearFilters')}
          </Button>
        </div>
      )}
    </search>
  );
}

interface FilterSelectProps {
  id: string;
  label: ReactNode;
  options: { value: string; label: string }[];
  /** The chosen value, or undefined while the filter is off. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** A directory filter whose first choice, "Any", turns the filter off. */
export function FilterSelect({ id, label, options, value, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      emptyLabel={t('directory.any')}
      options={options}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    />
  );
}
