import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';

/**
 * What a profile page shows when the profile cannot be loaded. A profile the viewer may
 * not see answers 404 exactly like a missing one, so both read "not found".
 */
export function ProfileLoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 404) {
    return (
      <>
        <PageHeader title={t('profile.notFoundTitle')} />
        <EmptyState icon="people" title={t('profile.notFoundBody')}>
          <ButtonLink to="/people" variant="secondary">
            {t('profile.backToPeople')}
          </ButtonLink>
        </EmptyState>
      </>
    );
  }
  return <Alert tone="error">{errorMessage(t, error)}</Alert>;
}
