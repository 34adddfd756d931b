import type { Event } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useAnswerEvent } from '../api/answer-event';
import { useWithdrawAnswer } from '../api/withdraw-answer';

/** Going / interested / withdraw, the waitlist place, and the counts. */
export function RsvpPanel({ event }: { event: Event }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const answer = useAnswerEvent();
  const withdraw = useWithdrawAnswer();
  const busy = answer.isPending || withdraw.isPending;
  const full = event.placesLeft === 0;
  const error = answer.error ?? withdraw.error;

  const state = (() => {
    switch (event.myRsvp) {
      case 'going':
        return <Alert tone="success">{t('events.rsvp.youAreGoing')}</Alert>;
      case 'interested':
        return <Alert>{t('events.rsvp.youAreInterested')}</Alert>;
      case 'waitlisted':
        return (
          <Alert tone="warning" title={t('events.rsvp.waitlist', { position: event.waitlistPosition ?? 1 })}>
            {t('events.rsvp.waitlistHint')}
          </Alert>
        );
      default:
        return null;
    }
  })();

  return (
    <Card title={t('events.rsvp.title')}>
      <div className="stack-s" aria-live="polite">
        <p>
          {t('events.rsvp.counts', {
            going: event.counts.going,
            interested: event.counts.interested,
            waitlisted: event.counts.waitlisted,
          })}
        </p>
        {state}
        {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
        {session.status !== 'signedIn' ? (
          <ButtonLink to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} variant="secondary">
            {t('events.rsvp.signIn')}
          </ButtonLink>
        ) : !event.registrationOpen ? (
          <p>{t('events.rsvp.closed')}</p>
        ) : null}
        {session.status === 'signedIn' && (
          <div className="event-page__actions">
            {event.registrationOpen && event.myRsvp !== 'going' && event.myRsvp !== 'waitlisted' && (
              <Button disabled={busy} onClick={() => answer.mutate({ id: event.id, state: 'going' })}>
                {full ? t('events.rsvp.joinWaitlist') : t('events.rsvp.going')}
              </Button>
            )}
            {event.registrationOpen && event.myRsvp !== 'interested' && (
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => answer.mutate({ id: event.id, state: 'interested' })}
              >
                {t('events.rsvp.interested')}
              </Button>
            )}
            {event.myRsvp && (
              <Button variant="secondary" disabled={busy} onClick={() => withdraw.mutate(event.id)}>
                {t('events.rsvp.withdraw')}
              </Button>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
