import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useResendVerification } from '../api/resend-verification';

/** Reminds a signed-in member to confirm their address, with a way to get a new link. */
export function UnverifiedBanner() {
  const { t } = useTranslation();
  const session = useSession();
  const resend = useResendVerification();
  if (session.status !== 'signedIn' || session.user.emailVerified) return null;
  const { email } = session.user;
  return (
    <Alert banner tone={resend.isError ? 'error' : 'warning'} title={t('unverified.title')}>
      <div className="unverified-banner">
        <p>
          {resend.isSuccess
            ? t('unverified.sent', { email })
            : resend.isError
              ? errorMessage(t, resend.error)
              : t('unverified.body', { email })}
        </p>
        {!resend.isSuccess && (
          <Button variant="secondary" size="small" loading={resend.isPending} onClick={() => resend.mutate()}>
            {t('unverified.resend')}
          </Button>
        )}
      </div>
    </Alert>
  );
}
