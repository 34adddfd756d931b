import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { safeRedirectPath } from '../../../lib/safe-redirect';
import { myProfileQueryOptions } from '../api/get-my-profile';
import { useUpdateMyProfile } from '../api/update-my-profile';
import { OnboardingSteps } from '../components/onboarding-steps';
import '../components/people.css';

export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const profile = useQuery(myProfileQueryOptions());
  const update = useUpdateMyProfile();
  const next = safeRedirectPath(params.get('next'));

  return (
    <div className="onboarding-page">
      <PageHeader title={t('onboarding.title')} lead={t('onboarding.lead')} />
      {profile.isPending && <LoadingState label={t('common.loading')} />}
      {profile.isError && <Alert tone="error">{errorMessage(t, profile.error)}</Alert>}
      {profile.data && (
        <Card>
          <OnboardingSteps
            profile={profile.data}
            onSave={(request) => update.mutateAsync(request)}
            onDone={() => void navigate(next === '/welcome' ? '/' : next, { replace: true })}
          />
        </Card>
      )}
    </div>
  );
}
