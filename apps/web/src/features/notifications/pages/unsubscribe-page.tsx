import { UnsubscribeToken } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { unsubscribeInfoQueryOptions } from '../api/get-unsubscribe';
import { useUnsubscribe } from '../api/unsubscribe';
import '../components/notifications.css';

/**
 * `/unsubscribe?token=…`, the page a notification mail's unsubscribe link opens, for anyone
 * holding the link, signed in or not. Opening it changes nothing (mail scanners open links):
 * it says what the link would stop, and stops it when the person presses the button.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenValid = UnsubscribeToken.safeParse(token).success;
  const info = useQuery({ ...unsubscribeInfoQueryOptions(token), enabled: tokenValid });
  const unsubscribe = useUnsubscribe(token);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const justDone = unsubscribe.isSuccess;

  // The button goes once pressed: the outcome takes focus, so the reader hears it.
  useEffect(() => {
    if (justDone) outcomeRef.current?.focus();
  }, [justDone]);

  const settings = (
    <>
      <p>{t('notifications.unsubscribe.settingsHint')}</p>
      <p>
        <Link to="/settings/notifications">{t('notifications.unsubscribe.settingsLink')}</Link>
      </p>
    </>
  );

  let content: ReactNode;
  const invalid = !tokenValid || (isApiError(info.error) && info.error.code === 'unsubscribe_token_invalid');
  if (invalid) {
    content = (
      <Alert tone="error" title={t('notifications.unsubscribe.invalidTitle')}>
        <p>{t('notifications.unsubscribe.invalidBody')}</p>
        {settings}
      </Alert>
    );
  } else if (info.isPending) {
    content = <LoadingState label={t('notifications.unsubscribe.checking')} />;
  } else if (info.isError) {
    content = (
      <Alert tone="error" title={t('notifications.unsubscribe.loadFailed')}>
        <p>{errorMessage(t, info.error)}</p>
        <Button variant="secondary" size="small" onClick={() => void info.refetch()}>
          {t('common.tryAgain')}
        </Button>
      </Alert>
    );
  } else {
    const what = t(`notifications.unsubscribe.what.${info.data.scope}`);
    content = info.data.unsubscribed ? (
      <div ref={outcomeRef} tabIndex={-1} className="unsubscribe__outcome stack-s">
        <h2 className="cluster">
          <Icon name="success" />
          {justDone ? t('notifications.unsubscribe.doneTitle') : t('notifications.unsubscribe.alreadyTitle')}
        </h2>
        <p>
          {justDone
            ? t('notifications.unsubscribe.done', { what })
            : t('notifications.unsubscribe.already', { what })}
        </p>
        {settings}
      </div>
    ) : (
      <div className="stack-s">
        <p>{t('notifications.unsubscribe.stops', { what })}</p>
        <p>{t('notifications.unsubscribe.stays')}</p>
        {unsubscribe.isError && (
          <Alert tone="error" title={t('notifications.unsubscribe.failed')}>
            <p>{errorMessage(t, unsubscribe.error)}</p>
          </Alert>
        )}
        <div>
          <Button loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        </div>
        {settings}
      </div>
    );
  }

  return (
    <div className="unsubscribe">
      <PageHeader title={t('notifications.unsubscribe.title')} />
      <Card>{content}</Card>
    </div>
  );
}
