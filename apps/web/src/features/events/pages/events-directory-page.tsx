import { EventFormat } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { Button, ButtonLink } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { eventsQueryOptions } from '../api/get-events';
import { EventCard } from '../components/event-card';
import { eventFilterSchemas } from '../components/event-filters-state';
import '../components/events.css';

export function EventsDirectoryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters } = useUrlFilters(eventFilterSchemas);
  const { when, ...narrowing } = filters;
  const past = when === 'past';
  const active = Object.keys(narrowing).length > 0;
  useDocumentTitle(t('events.title'));
  const events = useInfiniteQuery({
    ...eventsQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('events.title')} lead={t('events.lead')} />
        {session.status === 'signedIn' && <ButtonLink to="/events/new">{t('events.create')}</ButtonLink>}
      </div>
      <nav className="events-view" aria-label={t('events.viewLabel')}>
        <Button
          variant={past ? 'secondary' : 'primary'}
          size="small"
          aria-pressed={!past}
          onClick={() => setFilter('when', undefined)}
        >
          {t('events.upcoming')}
        </Button>
        <Button
          variant={past ? 'primary' : 'secondary'}
          size="small"
          aria-pressed={past}
          onClick={() => setFilter('when', 'past')}
        >
          {t('events.past')}
        </Button>
      </nav>
      <div className="directory">
        <search className="event-filters" aria-label={t('events.filtersTitle')}>
          <FilterSelect
            id="events-topic"
            label={t('filters.topic')}
            options={taxonomy.options('topics')}
            value={filters.topic}
            onChange={(topic) => setFilter('topic', topic)}
          />
          <FilterSelect
            id="events-country"
            label={t('filters.country')}
            options={taxonomy.countryOptions()}
            value={filters.country}
            onChange={(country) => setFilter('country', country)}
          />
          <FilterSelect
            id="events-format"
            label={t('events.form.format')}
            options={EventFormat.options.map((format) => ({
              value: format,
              label: t(`events.formats.${format}`),
            }))}
            value={filters.format}
            onChange={(format) => {
              const parsed = EventFormat.safeParse(format);
              setFilter('format', parsed.success ? parsed.data : undefined);
            }}
          />
          <FilterSelect
            id="events-language"
            label={t('events.form.language')}
            options={taxonomy.options('languages')}
            value={filters.language}
            onChange={(language) => setFilter('language', language)}
          />
          <TextField
            id="events-from"
            name="from"
            type="date"
            label={t('events.from')}
            value={filters.from ?? ''}
            onChange={(change) => setFilter('from', change.target.value || undefined)}
          />
          <TextField
            id="events-to"
            name="to"
            type="date"
            label={t('events.to')}
            value={filters.to ?? ''}
            onChange={(change) => setFilter('to', change.target.value || undefined)}
          />
          {active && (
            <Button variant="quiet" size="small" onClick={() => setFilters(past ? { when: 'past' } : {})}>
              {t('events.clearFilters')}
            </Button>
          )}
        </search>
        <DirectoryResults
          id="events"
          query={events}
          itemKey={(event) => event.id}
          renderItem={(event) => <EventCard event={event} />}
          emptyIcon="events"
          emptyTitle={active ? t('events.emptyFiltered') : past ? t('events.emptyPast') : t('events.empty')}
          filtered={active}
          onClearFilters={() => setFilters(past ? { when: 'past' } : {})}
        />
      </div>
    </>
  );
}
