import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon';

export interface ChipOption {
  value: string;
  label: string;
}

interface ChipPickerProps {
  /** The first focusable chip gets this id, so an error summary can link to the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ChipOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  max?: number;
  /** Long lists (countries, languages) get a filter box and show the chosen ones first. */
  searchable?: boolean;
  /**
   * Shows only the chosen values and a button that opens the full list, so a long list does
   * not take over a small screen.
   */
  collapsible?: boolean;
}

const SHOWN_WITHOUT_FILTER = 24;
/** A folded picker is opened to find something, so it suggests fewer before one types. */
const SHOWN_WITHOUT_FILTER_FOLDED = 12;

/**
 * A group of toggle chips for choosing several values. Tab reaches the group once; arrow keys,
 * Home and End move between chips; Space or Enter chooses. Chosen values are announced as pressed.
 */
export function ChipPicker({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  max,
  searchable = false,
  collapsible = false,
}: ChipPickerProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const statusId = useId();
  const chipsId = useId();
  const [open, setOpen] = useState(!collapsible);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const filterRef = useRef<HTMLInputElement>(null);
  const shownWithoutFilter = collapsible ? SHOWN_WITHOUT_FILTER_FOLDED : SHOWN_WITHOUT_FILTER;

  const needle = filter.trim().toLocaleLowerCase();
  const chosen = options.filter((option) => selected.includes(option.value));
  const visible = !open
    ? chosen
    : searchable
      ? needle
        ? options.filter((option) => option.label.toLocaleLowerCase().includes(needle))
        : [...chosen, ...options.filter((option) => !selected.includes(option.value))].slice(
            0,
            Math.max(shownWithoutFilter, chosen.length),
          )
      : options;
  const full = max !== undefined && selected.length >= max;
  const current = Math.min(active, Math.max(visible.length - 1, 0));

  const toggle = (value: string) => {
    if (selected.includes(value)) onChange(selected.filter((item) => item !== value));
    else if (!full) onChange([...selected, value]);
  };

  const move = (index: number) => {
    const next = (index + visible.length) % visible.length;
    setActive(next);
    refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowDown: () => move(index + 1),
      ArrowLeft: () => move(index - 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(visible.length - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const describedBy = [hint && hintId, error && errorId, max !== undefined && statusId]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset
      className={['field', 'chip-picker', error && 'field--invalid'].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <Icon name="error" size={18} />
          <span>{error}</span>
        </p>
      )}
      {searchable && open && (
        <input
          ref={filterRef}
          type="search"
          className="field__input chip-picker__filter"
          aria-label={t('chips.filter', { name: typeof legend === 'string' ? legend : '' })}
          placeholder={t('chips.filterPlaceholder')}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setActive(0);
          }}
        />
      )}
      <div id={chipsId} className="chip-picker__chips">
        {visible.map((option, index) => {
          const pressed = selected.includes(option.value);
          return (
            <button
              key={option.value}
              ref={(element) => {
                refs.current[index] = element;
              }}
              id={index === 0 ? id : undefined}
              type="button"
              className="chip"
              aria-pressed={pressed}
              aria-disabled={!pressed && full ? true : undefined}
              tabIndex={index === current ? 0 : -1}
              onFocus={() => setActive(index)}
              onClick={() => toggle(option.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {pressed && <Icon name="success" size={16} />}
              {option.label}
            </button>
          );
        })}
        {visible.length === 0 && <p className="muted">{open ? t('chips.noMatch') : t('chips.noneChosen')}</p>}
      </div>
      {collapsible && (
        <div className="chip-picker__toggle">
          <button
            type="button"
            id={visible.length === 0 ? id : undefined}
            className="button button--secondary button--small"
            aria-expanded={open}
            aria-controls={chipsId}
            onClick={() => {
              setOpen(!open);
              // Opened to find a value: start in the filter box.
              if (!open) requestAnimationFrame(() => filterRef.current?.focus());
              setFilter('');
              setActive(0);
            }}
          >
            <Icon name={open ? 'close' : 'chevronDown'} size={16} />
            {open ? t('chips.done') : chosen.length > 0 ? t('chips.change') : t('chips.choose')}
          </button>
        </div>
      )}
      {max !== undefined && (
        <p id={statusId} className="field__hint" aria-live="polite">
          {full ? t('chips.full', { count: max }) : t('chips.chosen', { count: selected.length, max })}
        </p>
      )}
    </fieldset>
  );
}

/** Read-only chips, e.g. a profile's topics. */
export function ChipList({ items, label }: { items: { key: string; label: string }[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chip-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="chip chip--static">
          {item.label}
        </li>
      ))}
    </ul>
  );
}
