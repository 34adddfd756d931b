import type { Event, EventStatus } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { errorMessage } from '../../../lib/messages';
import { useExportParticipants } from '../api/export-participants';
import { participantsQueryOptions } from '../api/get-participants';
import { useUpdateEvent } from '../api/update-event';

/** For organisers: edit, postpone, cancel, the participants and their CSV. */
export function OrganiserPanel({ event }: { event: Event }) {
  const { t } = useTranslation();
  const update = useUpdateEvent();
  const exportCsv = useExportParticipants();
  const [confirming, setConfirming] = useState<Exclude<EventStatus, 'scheduled'> | null>(null);
  const participants = useInfiniteQuery(participantsQueryOptions(event.id));
  const items = participants.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(
    items.length,
    participants.fetchNextPage,
    participants.isFetchingNextPage,
  );
  const open = event.status !== 'cancelled';

  return (
    <Card title={t('events.manage.title')}>
      <div className="stack-s">
        {update.isError && <Alert tone="error">{errorMessage(t, update.error)}</Alert>}
        {open && (
          <div className="event-page__actions">
            <ButtonLink to={`/events/${event.id}/edit`} variant="secondary">
              {t('events.manage.edit')}
            </ButtonLink>
            {event.status === 'scheduled' && (
              <Button variant="secondary" onClick={() => setConfirming('postponed')}>
                {t('events.manage.postpone')}
              </Button>
            )}
            <Button variant="danger" onClick={() => setConfirming('cancelled')}>
              {t('events.manage.cancel')}
            </Button>
          </div>
        )}
        <h3>{t('events.manage.participants')}</h3>
        {participants.isPending && <LoadingState label={t('common.loading')} />}
        {participants.isError && <Alert tone="error">{errorMessage(t, participants.error)}</Alert>}
        {participants.isSuccess && items.length === 0 && <p>{t('events.manage.noParticipants')}</p>}
        {items.length > 0 && (
          <ul className="participant-list" ref={listRef}>
            {items.map((person) => (
              <li key={person.handle}>
                {person.displayName} <span className="muted">@{person.handle}</span>{' '}
                <Badge tone={person.state === 'going' ? 'success' : 'neutral'}>
                  {person.state === 'waitlisted'
                    ? t('events.manage.waitlisted', { position: person.waitlistPosition ?? 1 })
                    : person.state === 'going'
                      ? t('events.manage.stateGoing')
                      : t('events.manage.stateInterested')}
                </Badge>
              </li>
            ))}
          </ul>
        )}
        {participants.hasNextPage && (
          <LoadMoreButton
            label={t('events.manage.loadMore')}
            loading={participants.isFetchingNextPage}
            onLoadMore={loadMore}
          />
        )}
        {exportCsv.isError && <Alert tone="error">{errorMessage(t, exportCsv.error)}</Alert>}
        <div>
          <Button
            variant="secondary"
            loading={exportCsv.isPending}
            onClick={() => exportCsv.mutate(event.id)}
          >
            {t('events.manage.export')}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'cancelled' ? t('events.manage.cancelTitle') : t('events.manage.postponeTitle')}
        confirmLabel={confirming === 'cancelled' ? t('events.manage.cancel') : t('events.manage.postpone')}
        cancelLabel={t('events.manage.keep')}
        tone={confirming === 'cancelled' ? 'danger' : 'primary'}
        busy={update.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          update.mutate(
            { id: event.id, body: { status: confirming } },
            { onSettled: () => setConfirming(null) },
          );
        }}
      >
        <p>{confirming === 'cancelled' ? t('events.manage.cancelBody') : t('events.manage.postponeBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
