import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { eventQueryOptions } from '../api/get-event';
import { EventWhen } from '../components/event-when';
import { OrganiserPanel } from '../components/organiser-panel';
import { RsvpPanel } from '../components/rsvp-panel';
import '../components/events.css';

export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { name } = useTaxonomy();
  const query = useQuery({
    ...eventQueryOptions(id, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });
  useDocumentTitle(query.data?.title ?? t('events.title'));
  // Places taken and freed by others show while the page is open.
  useLiveWatch(session.status === 'signedIn' && query.data ? { type: 'event', id } : null);

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('events.page.notFoundTitle')}</h1>
          <EmptyState icon="events" title={t('events.page.notFoundBody')}>
            <ButtonLink to="/events" variant="secondary">
              {t('events.page.back')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }

  const event = query.data;
  const { person, organisation } = event.author;
  return (
    <article className="event-page">
      <header>
        <p>
          <Badge tone="brand">{t(`events.formats.${event.format}`)}</Badge>{' '}
          {event.status !== 'scheduled' && (
            <Badge tone="warning">{t(`events.statuses.${event.status}`)}</Badge>
          )}
        </p>
        <h1>{event.title}</h1>
      </header>
      {event.moderation?.hidden && (
        <Alert tone="warning">{t('events.page.hidden', { reason: event.moderation.reason ?? '' })}</Alert>
      )}
      {event.status === 'cancelled' && <Alert tone="error">{t('events.page.cancelledNotice')}</Alert>}
      {event.status === 'postponed' && <Alert tone="warning">{t('events.page.postponedNotice')}</Alert>}
      <Card>
        <dl className="event-page__facts">
          <div>
            <dt>{t('events.page.when')}</dt>
            <dd>
              <EventWhen start={event.start} end={event.end} />
            </dd>
          </div>
          <div>
            <dt>{t('events.page.where')}</dt>
            <dd>
              {event.venue && (
                <p>
                  {event.venue.name}, {event.venue.address}, {event.venue.city},{' '}
                  {name('countries', event.venue.country)}
                </p>
              )}
              {event.hasOnlineLink &&
                (event.onlineUrl ? (
                  <p>
                    <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {t('events.page.onlineLink')}
                    </a>
                  </p>
                ) : (
                  <p>
                    {t('events.page.online')}: {t('events.page.onlineHidden')}
                  </p>
                ))}
            </dd>
          </div>
          {(organisation || person) && (
            <div>
              <dt>{t('events.page.organiser')}</dt>
              <dd>
                {organisation ? (
                  <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
                ) : (
                  person && <Link to={`/people/${person.handle}`}>{person.displayName}</Link>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('events.page.language')}</dt>
            <dd>{name('languages', event.language)}</dd>
          </div>
          {event.capacity !== null && (
            <div>
              <dt>{t('events.page.capacity')}</dt>
              <dd>{t('events.page.capacityOf', { going: event.counts.going, capacity: event.capacity })}</dd>
            </div>
          )}
          {event.registrationDeadline && (
            <div>
              <dt>{t('events.page.deadline')}</dt>
              <dd>
                <EventWhen start={event.registrationDeadline} />
              </dd>
            </div>
          )}
        </dl>
        {event.topics.length > 0 && (
          <ChipList
            label={t('events.page.topics')}
            items={event.topics.map((topic) => ({ key: topic, label: name('topics', topic) }))}
          />
        )}
        <p>
          <a href={`/api/events/${event.id}.ics`} download>
            {t('events.page.addToCalendar')}
          </a>
        </p>
      </Card>
      {event.descriptionHtml && (
        <Card>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </Card>
      )}
      <RsvpPanel event={event} />
      {event.canManage ? (
        <OrganiserPanel event={event} />
      ) : (
        <ReportButton objectType="event" objectId={event.id} label={t('moderation.report.event')} />
      )}
    </article>
  );
}
