import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { notificationPreferencesQueryOptions } from '../api/get-notification-preferences';
import { NotificationSettingsForm } from '../components/notification-settings-form';
import '../components/notifications.css';

/** `/settings/notifications`, linked from the account menu and from every notification mail. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useQuery(notificationPreferencesQueryOptions());
  return (
    <>
      <PageHeader
        title={t('notifications.settings.title')}
        lead={
          <>
            {t('notifications.settings.lead')}{' '}
            <Link to="/notifications">{t('notifications.settings.viewNotifications')}</Link>
          </>
        }
      />
      {preferences.isPending && <LoadingState label={t('common.loading')} />}
      {preferences.isError && (
        <Alert tone="error" title={t('notifications.settings.loadFailed')}>
          <p>{errorMessage(t, preferences.error)}</p>
          <Button variant="secondary" size="small" onClick={() => void preferences.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      )}
      {preferences.data && <NotificationSettingsForm preferences={preferences.data} />}
    </>
  );
}
