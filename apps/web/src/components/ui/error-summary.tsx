import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/messages';
import type { SummaryItem } from '../../lib/use-zod-form';

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** A failed request that concerns no single field. */
  error?: unknown;
  /** Changes on every failed submit; the summary then takes focus so it is read out. */
  focusKey: number;
}

/** Lists what stops a form from being sent, each linked to its field (the GOV.UK pattern). */
export function ErrorSummary({ items, error, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasContent = items.length > 0 || Boolean(error);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (!hasContent) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('common.errorSummaryTitle')}
      </h2>
      {Boolean(error) && <p className="error-summary__text">{errorMessage(t, error)}</p>}
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.text}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
