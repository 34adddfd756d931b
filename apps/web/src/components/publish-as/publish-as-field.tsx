import type { Publisher } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { SelectField } from '../ui/select-field';
import { publishingOrganisationsQueryOptions } from './get-publishing-organisations';

interface PublishAsFieldProps {
  id: string;
  label: string;
  /** The first choice: publishing as oneself. */
  selfLabel: string;
  /** Said when the person may publish as no organisation. */
  noneHint: string;
  /** The chosen organisation's slug, or '' for oneself. */
  value: string;
  error?: string;
  /**
   * The organisation the content is published as now, kept among the choices when the
   * person is no longer an editor there.
   */
  current?: Publisher | null;
  onChange: (slug: string) => void;
}

/**
 * "Publish as": oneself or one of the organisations the person is an editor, admin or owner
 * of. While they load, and when they cannot be loaded, oneself stays the choice.
 */
export function PublishAsField({
  id,
  label,
  selfLabel,
  noneHint,
  value,
  error,
  current,
  onChange,
}: PublishAsFieldProps) {
  const { t } = useTranslation();
  const query = useQuery(publishingOrganisationsQueryOptions);
  const items = query.data?.items ?? [];
  const choices = current && !items.some((item) => item.slug === current.slug) ? [...items, current] : items;
  const hint = query.isPending
    ? t('publishAs.loading')
    : query.isSuccess && choices.length === 0
      ? noneHint
      : undefined;

  return (
    <>
      <SelectField
        id={id}
        label={label}
        hint={hint}
        emptyLabel={selfLabel}
        options={choices.map((item) => ({ value: item.slug, label: item.name }))}
        value={value}
        error={error}
        disabled={choices.length === 0}
        onChange={(change) => onChange(change.target.value)}
      />
      {query.isError && !query.data && (
        <Alert tone="error">
          <p>{t('publishAs.loadFailed')}</p>
          <Button variant="secondary" size="small" onClick={() => void query.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      )}
    </>
  );
}
