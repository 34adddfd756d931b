import type { SessionInfo } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadingState } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { sessionsQueryOptions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { describeDevice } from './describe-device';

/** Every device signed in to the account, this one first, with a way to sign the others out. */
export function SessionsList() {
  const { t } = useTranslation();
  const sessions = useQuery(sessionsQueryOptions());
  const revoke = useRevokeSession();
  const [pending, setPending] = useState<SessionInfo | null>(null);
  const [revoked, setRevoked] = useState(false);

  const deviceName = (session: SessionInfo) => {
    const device = describeDevice(session.userAgent);
    return device ? t('sessions.deviceOn', device) : t('sessions.unknownDevice');
  };

  const items = [...(sessions.data?.items ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );

  return (
    <Card title={t('sessions.title')} description={t('sessions.lead')}>
      <div className="stack-s">
        {revoked && <Alert tone="success">{t('sessions.revoked')}</Alert>}
        {revoke.isError && <Alert tone="error">{errorMessage(t, revoke.error)}</Alert>}
        {sessions.isPending && <LoadingState label={t('common.loading')} />}
        {sessions.isError && (
          <Alert tone="error" title={t('sessions.loadFailed')}>
            <p>{errorMessage(t, sessions.error)}</p>
          </Alert>
        )}
        {sessions.data && (
          <ul className="session-list">
            {items.map((session) => (
              <li key={session.id} className="session-list__item">
                <Icon name="device" size={28} className="session-list__icon" />
                <div className="session-list__body">
                  <p className="session-list__device">
                    {deviceName(session)}
                    {session.current && <Badge tone="brand">{t('sessions.thisDevice')}</Badge>}
                  </p>
                  {session.userAgent && <p className="session-list__agent">{session.userAgent}</p>}
                  <dl className="session-list__facts">
                    <div>
                      <dt>{t('sessions.ip')}</dt>
                      <dd>{session.ip ?? t('sessions.unknownIp')}</dd>
                    </div>
                    <div>
                      <dt>{t('sessions.signedIn')}</dt>
                      <dd>
                        <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('sessions.lastUsed')}</dt>
                      <dd>
                        <time dateTime={session.lastUsedAt}>{formatDateTime(session.lastUsedAt)}</time>
                      </dd>
                    </div>
                  </dl>
                </div>
                {!session.current && (
                  <Button
                    variant="secondary"
                    size="small"
                    aria-label={t('sessions.revokeLabel', { device: deviceName(session) })}
                    onClick={() => {
                      setRevoked(false);
                      setPending(session);
                    }}
                  >
                    {t('sessions.revoke')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {sessions.data && items.every((session) => session.current) && (
          <EmptyState icon="shield" title={t('sessions.noOthers')} />
        )}
      </div>
      <ConfirmDialog
        open={pending !== null}
        tone="danger"
        title={t('sessions.confirmTitle')}
        confirmLabel={t('sessions.confirm')}
        cancelLabel={t('common.cancel')}
        busy={revoke.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          revoke.mutate(pending.id, {
            onSuccess: () => setRevoked(true),
            onSettled: () => setPending(null),
          });
        }}
      >
        <p>{pending && t('sessions.confirmBody', { device: deviceName(pending) })}</p>
      </ConfirmDialog>
    </Card>
  );
}
