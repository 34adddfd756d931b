import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/messages';
import { useResendVerification } from '../api/resend-verification';

export function ResendVerificationButton() {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (resend.isSuccess) return <p role="status">{t('verifyEmail.resent')}</p>;
  return (
    <>
      <Button loading={resend.isPending} onClick={() => resend.mutate()}>
        {t('verifyEmail.resend')}
      </Button>
      {resend.isError && <p role="alert">{errorMessage(t, resend.error)}</p>}
    </>
  );
}
