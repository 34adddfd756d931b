import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/messages';
import { calendarFeedQueryOptions } from '../api/get-calendar-feed';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';
import { useRotateCalendarFeed } from '../api/rotate-calendar-feed';

/**
 * The personal calendar subscription: make, copy, replace or turn off its secret address.
 * Only a hash is kept on the server, so the address is shown right after it is made.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feed = useQuery(calendarFeedQueryOptions());
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const error = rotate.error ?? revoke.error;
  const url = feed.data?.url ?? null;

  return (
    <Card title={t('events.calendarFeed.title')} description={t('events.calendarFeed.lead')}>
      <div className="stack-s">
        {feed.isPending && <LoadingState label={t('common.loading')} />}
        {feed.isError && (
          <Alert tone="error" title={t('events.calendarFeed.loadFailed')}>
            <p>{errorMessage(t, feed.error)}</p>
          </Alert>
        )}
        {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
        {feed.data && !feed.data.exists && <p>{t('events.calendarFeed.none')}</p>}
        {feed.data?.exists && !url && <p>{t('events.calendarFeed.exists')}</p>}
        {url && (
          <>
            <Alert tone="success">{t('events.calendarFeed.created')}</Alert>
            <TextField
              id="calendar-feed-url"
              name="calendar-feed-url"
              className="calendar-feed__url"
              label={t('events.calendarFeed.address')}
              value={url}
              readOnly
              onFocus={(focus) => focus.target.select()}
            />
            <div>
              <Button
                variant="secondary"
                size="small"
                onClick={() => {
                  void navigator.clipboard?.writeText(url).then(() => setCopied(true));
                }}
              >
                {t('events.calendarFeed.copy')}
              </Button>{' '}
              <span aria-live="polite">{copied ? t('events.calendarFeed.copied') : ''}</span>
            </div>
          </>
        )}
        {feed.data && (
          <div className="event-page__actions">
            <Button
              variant={feed.data.exists ? 'secondary' : 'primary'}
              loading={rotate.isPending}
              onClick={() => {
                setCopied(false);
                rotate.mutate();
              }}
            >
              {feed.data.exists ? t('events.calendarFeed.rotate') : t('events.calendarFeed.create')}
            </Button>
            {feed.data.exists && (
              <Button variant="danger" onClick={() => setConfirming(true)}>
                {t('events.calendarFeed.revoke')}
              </Button>
            )}
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('events.calendarFeed.revokeTitle')}
        confirmLabel={t('events.calendarFeed.revoke')}
        cancelLabel={t('events.calendarFeed.keep')}
        tone="danger"
        busy={revoke.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => revoke.mutate(undefined, { onSettled: () => setConfirming(false) })}
      >
        <p>{t('events.calendarFeed.revokeBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
