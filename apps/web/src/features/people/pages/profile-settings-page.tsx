import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { myProfileQueryOptions } from '../api/get-my-profile';
import { AvatarUpload } from '../components/avatar-upload';
import { ProfileForm } from '../components/profile-form';
import '../components/people.css';

export function ProfileSettingsPage() {
  const { t } = useTranslation();
  const profile = useQuery(myProfileQueryOptions());
  return (
    <>
      <PageHeader
        title={t('profileForm.title')}
        lead={
          profile.data ? (
            <>
              {t('profileForm.lead')}{' '}
              <Link to={`/people/${profile.data.handle}`}>{t('profileForm.view')}</Link>
            </>
          ) : (
            t('profileForm.lead')
          )
        }
      />
      {profile.isPending && <LoadingState label={t('common.loading')} />}
      {profile.isError && <Alert tone="error">{errorMessage(t, profile.error)}</Alert>}
      {profile.data?.moderation.hidden && (
        <Alert tone="warning">
          {t('moderation.hiddenProfile', { reason: profile.data.moderation.reason ?? '' })}
        </Alert>
      )}
      {profile.data && (
        <div className="settings-layout">
          <AvatarUpload profile={profile.data} />
          <ProfileForm key={profile.data.handle} profile={profile.data} />
        </div>
      )}
    </>
  );
}
