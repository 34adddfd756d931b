import { ConfirmSignatureRequest } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { confirmSignatureQueryOptions } from '../api/confirm-signature';
import '../components/petitions.css';

/** `/petitions/confirm?token=`: where a visitor's mailed link leads. */
export function ConfirmSignaturePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenValid = ConfirmSignatureRequest.safeParse({ token }).success;
  const confirmation = useQuery({ ...confirmSignatureQueryOptions(token), enabled: tokenValid });
  useDocumentTitle(t('petitions.confirm.title'));

  const toPetitions = (
    <ButtonLink to="/petitions" variant="secondary">
      {t('petitions.confirm.toPetitions')}
    </ButtonLink>
  );
  let content: ReactNode;
  if (!tokenValid) {
    content = (
      <Alert tone="error" title={t('petitions.confirm.invalidTitle')}>
        <p>{t('petitions.confirm.invalidBody')}</p>
        {toPetitions}
      </Alert>
    );
  } else if (confirmation.isPending) {
    content = <LoadingState label={t('petitions.confirm.working')} />;
  } else if (confirmation.isSuccess) {
    const { status, petitionId, title } = confirmation.data;
    const already = status === 'already_confirmed';
    content = (
      <Alert
        tone="success"
        title={already ? t('petitions.confirm.alreadyTitle') : t('petitions.confirm.confirmedTitle')}
      >
        <p>
          {already
            ? t('petitions.confirm.alreadyBody', { title })
            : t('petitions.confirm.confirmedBody', { title })}
        </p>
        <ButtonLink to={`/petitions/${petitionId}`}>{t('petitions.confirm.toPetition')}</ButtonLink>
      </Alert>
    );
  } else {
    const code = isApiError(confirmation.error) ? confirmation.error.code : '';
    const known = {
      token_expired: ['expiredTitle', 'expiredBody'],
      invalid_token: ['invalidTitle', 'invalidBody'],
      petition_not_open: ['closedTitle', 'closedBody'],
    } as const;
    const words = code in known ? known[code as keyof typeof known] : null;
    content = (
      <Alert
        tone="error"
        title={words ? t(`petitions.confirm.${words[0]}`) : errorMessage(t, confirmation.error)}
      >
        {words && <p>{t(`petitions.confirm.${words[1]}`)}</p>}
        {toPetitions}
      </Alert>
    );
  }
  return (
    <>
      <PageHeader title={t('petitions.confirm.title')} />
      <div aria-live="polite">{content}</div>
    </>
  );
}
