import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { meQueryOptions } from '../api/get-me';

export function ProfileSummary() {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions());

  return (
    <Card title={t('accountPage.profileTitle')}>
      {me.isPending && <LoadingState label={t('common.loading')} />}
      {me.isError && <Alert tone="error">{errorMessage(t, me.error)}</Alert>}
      {me.data && (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('accountPage.name')}</dt>
            <dd>{me.data.displayName}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('accountPage.email')}</dt>
            <dd>{me.data.email}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('accountPage.emailStatus')}</dt>
            <dd>
              {me.data.emailVerified ? (
                <Badge tone="success">{t('accountPage.verified')}</Badge>
              ) : (
                <Badge tone="warning">{t('accountPage.notVerified')}</Badge>
              )}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('accountPage.role')}</dt>
            <dd>{t(`accountPage.roles.${me.data.role}`)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('accountPage.memberSince')}</dt>
            <dd>
              <time dateTime={me.data.createdAt}>{formatDate(me.data.createdAt)}</time>
            </dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
