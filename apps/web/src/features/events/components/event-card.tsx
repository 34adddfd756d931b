import type { EventSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useTaxonomy } from '../../../lib/taxonomy';
import { EventWhen } from './event-when';

export function EventCard({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const organiser = event.author.organisation?.name ?? event.author.person?.displayName;
  const place = [event.city, event.country && name('countries', event.country)].filter(Boolean).join(', ');
  return (
    <article className="directory-card event-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/events/${event.id}`} className="directory-card__link">
            {event.title}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <EventWhen start={event.start} />
        </p>
        <p className="directory-card__meta">
          <Badge tone="brand">{t(`events.formats.${event.format}`)}</Badge>{' '}
          {event.status !== 'scheduled' && (
            <Badge tone="warning">{t(`events.statuses.${event.status}`)}</Badge>
          )}{' '}
          {place}
        </p>
        {organiser && <p className="directory-card__meta">{organiser}</p>}
        <p className="directory-card__meta">
          {t('events.going', { count: event.goingCount })}
          {event.capacity !== null &&
            (event.goingCount >= event.capacity
              ? ` · ${t('events.full')}`
              : ` · ${t('events.placesLeft', { count: event.capacity - event.goingCount })}`)}
        </p>
      </div>
    </article>
  );
}
