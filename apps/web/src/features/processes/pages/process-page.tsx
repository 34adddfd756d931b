import { IdeaSort } from '@open-spaces/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink, buttonClass } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { FilterSelect } from '../../../components/ui/filter-bar';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage, translate } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useUrlFilters } from '../../../lib/url-filters';
import { AddToCasesButton } from '../../cases/components/add-to-cases-button';
import { useAddProcessCase } from '../api/add-process-case';
import { ideaFilterSchemas, ideasQueryOptions } from '../api/get-ideas';
import { processQueryOptions } from '../api/get-process';
import { IdeaCard } from '../components/idea-card';
import { PhaseTimeline } from '../components/phase-timeline';
import { closedMessage } from '../components/process-format';
import { ProposeIdeaForm } from '../components/propose-idea-form';
import '../components/processes.css';
import { answerStateLabel } from '../components/process-format';

const STATUS_TONE = { upcoming: 'brand', active: 'success', past: 'neutral' } as const;

/** A consultation: its phases, question, ideas with sort and filters, and the form to propose. */
export function ProcessPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const taxonomy = useTaxonomy();
  const signedIn = session.status === 'signedIn';
  const query = useQuery({ ...processQueryOptions(id, signedIn), enabled: session.status !== 'loading' });
  const { filters, setFilter, setFilters, active } = useUrlFilters(ideaFilterSchemas);
  const ideas = useInfiniteQuery({ ...ideasQueryOptions(id, filters, signedIn), enabled: query.isSuccess });
  useLiveWatch(query.isSuccess && signedIn ? { type: 'process', id } : null);
  const addCase = useAddProcessCase(id);

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('processes.notFoundTitle')}</h1>
          <EmptyState icon="people" title={t('processes.notFoundBody')}>
            <ButtonLink to="/processes" variant="secondary">
              {t('processes.browse')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }

  const process = query.data;
  const proposeClosed = closedMessage('propose', process.windows.propose);
  const limitReached = process.ideaLimit !== null && process.mine.ideas >= process.ideaLimit;

  return (
    <article className="process">
      <PageHeader
        eyebrow={<Link to={`/organisations/${process.organisation.slug}`}>{process.organisation.name}</Link>}
        title={process.title}
        lead={
          <span className="cluster">
            <Badge tone={STATUS_TONE[process.status]}>{t(`processes.status.${process.status}`)}</Badge>
            <span>{t(`processes.scopes.${process.scope}`)}</span>
            {process.topics.length > 0 && (
              <span>{process.topics.map((topic) => taxonomy.name('topics', topic)).join(', ')}</span>
            )}
          </span>
        }
      />
      {process.canOrganise && (
        <nav className="cluster process__organiser" aria-label={t('processes.organiser.label')}>
          <ButtonLink to={`/processes/${process.id}/edit`} variant="secondary" size="small">
            {t('processes.organiser.edit')}
          </ButtonLink>
          <a
            className={buttonClass({ variant: 'secondary', size: 'small' })}
            href={`/api/processes/${process.id}/results.csv`}
          >
            {t('processes.organiser.exportCsv')}
          </a>
          <a
            className={buttonClass({ variant: 'secondary', size: 'small' })}
            href={`/api/processes/${process.id}/results.json`}
          >
            {t('processes.organiser.exportJson')}
          </a>
        </nav>
      )}
      {process.canOrganise && process.status === 'past' && <AddToCasesButton add={addCase} />}
      <div className="process__layout">
        <div className="stack">
          {process.descriptionHtml && (
            <>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
              <div className="prose" dangerouslySetInnerHTML={{ __html: process.descriptionHtml }} />
            </>
          )}
          <section className="stack" aria-labelledby="ideas-title">
            <h2 id="ideas-title">{t('processes.ideas.title', { count: process.ideaCount })}</h2>
            <fieldset className="filter-bar cluster">
              <legend className="visually-hidden">{t('processes.ideas.filters')}</legend>
              <FilterSelect
                id="ideas-sort"
                label={t('processes.ideas.sort')}
                options={IdeaSort.options.map((value) => ({ value, label: t(`processes.sorts.${value}`) }))}
                value={filters.sort}
                onChange={(sort) => {
                  const parsed = IdeaSort.safeParse(sort);
                  setFilter('sort', parsed.success ? parsed.data : undefined);
                }}
              />
              <FilterSelect
                id="ideas-topic"
                label={t('processes.filters.topic')}
                options={taxonomy.options('topics')}
                value={filters.topic}
                onChange={(topic) => setFilter('topic', topic)}
              />
              <FilterSelect
                id="ideas-answer"
                label={t('processes.ideas.answerState')}
                options={process.answerStates.map((value) => ({
                  value,
                  label: answerStateLabel(t, value),
                }))}
                value={filters.answerState}
                onChange={(state) => setFilter('answerState', state)}
              />
              {process.supportThreshold !== null && (
                <FilterSelect
                  id="ideas-successful"
                  label={t('processes.ideas.successful')}
                  options={[{ value: 'true', label: t('processes.successful') }]}
                  value={filters.successful ? 'true' : undefined}
                  onChange={(value) => setFilter('successful', value === 'true' ? true : undefined)}
                />
              )}
              {active && (
                <Button variant="secondary" size="small" onClick={() => setFilters({})}>
                  {t('processes.clearFilters')}
                </Button>
              )}
            </fieldset>
            <DirectoryResults
              id="ideas"
              query={ideas}
              itemKey={(idea) => idea.id}
              renderItem={(idea) => <IdeaCard idea={idea} />}
              emptyIcon="news"
              emptyTitle={active ? t('processes.ideas.emptyFiltered') : t('processes.ideas.empty')}
              filtered={active}
              onClearFilters={() => setFilters({})}
            />
          </section>
        </div>
        <aside className="stack">
          <Card title={t('processes.phases.title')}>
            <PhaseTimeline phases={process.phases} />
            <p>
              <a href={`/api/processes/${process.id}.ics`} download>
                {t('processes.phases.calendar')}
              </a>
            </p>
          </Card>
          <Card title={t('processes.budgets.title')}>
            <p>
              <Link to={`/processes/${process.id}/budgets`}>{t('processes.budgets.link')}</Link>
            </p>
          </Card>
          <Card>
            {proposeClosed && <p>{translate(t, proposeClosed)}</p>}
            {!proposeClosed && session.status !== 'signedIn' && (
              <p>
                <Link to={`/sign-in?next=${encodeURIComponent(`/processes/${process.id}`)}`}>
                  {t('processes.propose.signIn')}
                </Link>
              </p>
            )}
            {!proposeClosed && session.status === 'signedIn' && limitReached && (
              <p>{t('processes.propose.limitReached', { count: process.ideaLimit ?? 0 })}</p>
            )}
            {!proposeClosed && session.status === 'signedIn' && !limitReached && (
              <ProposeIdeaForm processId={process.id} topics={process.topics} />
            )}
          </Card>
        </aside>
      </div>
    </article>
  );
}
