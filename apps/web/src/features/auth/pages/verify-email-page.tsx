import { VerifyEmailRequest } from '@open-spaces/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { sessionQueryOptions, useSession } from '../../../lib/session';
import { verifyEmailQueryOptions } from '../api/verify-email';
import { ResendVerificationButton } from '../components/resend-verification-button';
import { StatusPanel } from '../components/status-panel';
import '../components/auth.css';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenValid = VerifyEmailRequest.safeParse({ token }).success;
  const session = useSession();
  const queryClient = useQueryClient();
  const verification = useQuery({ ...verifyEmailQueryOptions(token), enabled: tokenValid });
  const verified = verification.data;

  useEffect(() => {
    if (!verified) return;
    queryClient.setQueryData(sessionQueryOptions.queryKey, (current) =>
      current?.id === verified.id ? verified : current,
    );
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  }, [verified, queryClient]);

  const signedIn = session.status === 'signedIn';
  const forward = signedIn ? (
    <ButtonLink to="/account">{t('verifyEmail.goToAccount')}</ButtonLink>
  ) : (
    <ButtonLink to="/sign-in?next=%2Faccount">{t('verifyEmail.signIn')}</ButtonLink>
  );

  let content: ReactNode;
  if (!tokenValid) {
    content = (
      <StatusPanel icon="error" tone="error" title={t('verifyEmail.invalidTitle')} actions={forward}>
        <p>{t('verifyEmail.missingToken')}</p>
      </StatusPanel>
    );
  } else if (verification.isPending) {
    content = <LoadingState label={t('verifyEmail.checking')} />;
  } else if (verified) {
    content = (
      <StatusPanel icon="success" tone="success" title={t('verifyEmail.successTitle')} actions={forward}>
        <p>{t('verifyEmail.successBody')}</p>
      </StatusPanel>
    );
  } else {
    const code = isApiError(verification.error) ? verification.error.code : '';
    const expired = code === 'token_expired';
    const invalid = code === 'invalid_token';
    content = (
      <StatusPanel
        icon={expired ? 'warning' : 'error'}
        tone="error"
        title={
          expired
            ? t('verifyEmail.expiredTitle')
            : invalid
              ? t('verifyEmail.invalidTitle')
              : errorMessage(t, verification.error)
        }
        actions={signedIn && !session.user.emailVerified ? <ResendVerificationButton /> : forward}
      >
        {expired && <p>{t('verifyEmail.expiredBody')}</p>}
        {invalid && <p>{t('verifyEmail.invalidBody')}</p>}
        {expired && !signedIn && <p>{t('verifyEmail.expiredSignedOut')}</p>}
      </StatusPanel>
    );
  }

  return (
    <div className="auth-page">
      <PageHeader title={t('verifyEmail.title')} />
      <Card>{content}</Card>
    </div>
  );
}
