import { ProcessScope, ProcessStatus } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { Button } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { processesQueryOptions, processFilterSchemas } from '../api/get-processes';
import { ProcessCard } from '../components/process-card';
import '../components/processes.css';

/** Every consultation the viewer may see, filterable by topic, scope and status. */
export function ProcessesPage() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const { filters, setFilter, setFilters, active } = useUrlFilters(processFilterSchemas);
  const session = useSession();
  const processes = useInfiniteQuery({
    ...processesQueryOptions(filters, session.status === 'signedIn'),
    enabled: session.status !== 'loading',
  });

  return (
    <>
      <PageHeader title={t('processes.title')} lead={t('processes.lead')} />
      <div className="directory">
        <section className="filter-bar" aria-label={t('processes.filters.label')}>
          <div className="cluster">
            <FilterSelect
              id="processes-topic"
              label={t('processes.filters.topic')}
              options={taxonomy.options('topics')}
              value={filters.topic}
              onChange={(topic) => setFilter('topic', topic)}
            />
            <FilterSelect
              id="processes-scope"
              label={t('processes.filters.scope')}
              options={ProcessScope.options.map((value) => ({
                value,
                label: t(`processes.scopes.${value}`),
              }))}
              value={filters.scope}
              onChange={(scope) => {
                const parsed = ProcessScope.safeParse(scope);
                setFilter('scope', parsed.success ? parsed.data : undefined);
              }}
            />
            <FilterSelect
              id="processes-status"
              label={t('processes.filters.status')}
              options={ProcessStatus.options.map((value) => ({
                value,
                label: t(`processes.status.${value}`),
              }))}
              value={filters.status}
              onChange={(status) => {
                const parsed = ProcessStatus.safeParse(status);
                setFilter('status', parsed.success ? parsed.data : undefined);
              }}
            />
            {active && (
              <Button variant="secondary" size="small" onClick={() => setFilters({})}>
                {t('processes.clearFilters')}
              </Button>
            )}
          </div>
          <p>
            <a href="/api/processes/feed.atom">{t('processes.atom')}</a>
          </p>
        </section>
        <DirectoryResults
          id="processes"
          query={processes}
          itemKey={(process) => process.id}
          renderItem={(process) => <ProcessCard process={process} />}
          emptyIcon="people"
          emptyTitle={active ? t('processes.emptyFiltered') : t('processes.empty')}
          filtered={active}
          onClearFilters={() => setFilters({})}
        />
      </div>
    </>
  );
}
