import type { Suggestion } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../../lib/session';
import { suggestionsQueryOptions } from '../api/get-suggestions';
import { resultPath } from './search-filters-state';
import './search.css';

const DEBOUNCE_MS = 200;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

/**
 * The header's search box: a combobox (WAI-ARIA 1.2, list autocomplete) that suggests names as
 * one types. Arrow keys move through the suggestions, Enter opens the chosen one or, with
 * none chosen, the search page; Escape closes the list, and a second Escape clears the box.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useDebounced(text.trim());
  const suggestions = useQuery({
    ...suggestionsQueryOptions(typed, session.status === 'signedIn'),
    enabled: typed.length >= 2 && session.status !== 'loading',
  });
  const items: Suggestion[] = typed.length >= 2 ? (suggestions.data?.items ?? []) : [];
  // The last option always runs the whole search.
  const optionCount = items.length + 1;
  const expanded = open && text.trim().length >= 2;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list starts with nothing chosen
  useEffect(() => setActive(-1), [typed, items.length]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const searchAll = () => {
    const q = text.trim();
    if (!q) return;
    close();
    navigate(`/search?${new URLSearchParams({ q })}`);
  };
  const choose = (suggestion: Suggestion) => {
    close();
    setText('');
    navigate(resultPath(suggestion.type, suggestion.slug));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        if (step > 0) return current + 1 >= optionCount ? 0 : current + 1;
        return current <= 0 ? optionCount - 1 : current - 1;
      });
    } else if (event.key === 'Escape') {
      if (expanded) close();
      else setText('');
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      const suggestion = items[active];
      if (suggestion) choose(suggestion);
      else searchAll();
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchAll();
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  const activeId = expanded && active >= 0 && active < optionCount ? optionId(active) : undefined;

  return (
    <search className="header-search">
      <form onSubmit={submit} role="none">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          className="field__input header-search__input"
          placeholder={t('search.placeholder')}
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          onFocus={() => setOpen(true)}
        />
      </form>
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.suggestions')}
        className="header-search__list"
        hidden={!expanded}
      >
        {items.map((suggestion, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keys (aria-activedescendant); focus never moves to an option
          <div
            tabIndex={-1}
            key={`${suggestion.type}:${suggestion.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={active === index}
            className="header-search__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
          >
            <span>{suggestion.title}</span>
            <span className="header-search__kind">{t(`search.typeOne.${suggestion.type}`)}</span>
          </div>
        ))}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys (aria-activedescendant) */}
        <div
          tabIndex={-1}
          id={optionId(items.length)}
          role="option"
          aria-selected={active === items.length}
          className="header-search__option"
          onMouseDown={(event) => event.preventDefault()}
          onClick={searchAll}
        >
          {t('search.showAll', { q: text.trim() })}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded && suggestions.isSuccess && items.length === 0 ? t('search.noSuggestions') : ''}
      </p>
    </search>
  );
}
