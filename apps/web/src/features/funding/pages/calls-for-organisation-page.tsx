import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { eligibleFundingCallsQueryOptions } from '../api/get-eligible-funding-calls';
import { EligibilityExplanation } from '../components/eligibility-explanation';
import { FundingCallCard } from '../components/funding-call-card';
import '../components/funding.css';

/** "Calls we can apply for": open calls that fit an organisation, with reasons and failing rules. */
export function CallsForOrganisationPage() {
  const { t } = useTranslation();
  const { organisationSlug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const all = params.get('all') === 'true';
  const query = useInfiniteQuery(eligibleFundingCallsQueryOptions(organisationSlug, all));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const organisation = query.data?.pages[0]?.organisation;
  const title = organisation
    ? t('funding.forOrganisation.title', { name: organisation.name })
    : t('funding.forOrganisation.pick');
  useDocumentTitle(title);
  const { listRef, loadMore } = useLoadMore(items.length, query.fetchNextPage, query.isFetchingNextPage);

  if (query.isError && !query.data) {
    const refused = isApiError(query.error) && (query.error.status === 403 || query.error.status === 404);
    return (
      <>
        <PageHeader title={t('funding.forOrganisation.pick')} />
        <Alert tone="error">
          {refused ? t('funding.forOrganisation.notManager') : errorMessage(t, query.error)}
        </Alert>
        {!refused && (
          <Button variant="secondary" size="small" onClick={() => void query.refetch()}>
            {t('common.tryAgain')}
          </Button>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} lead={t('funding.forOrganisation.lead')} />
      <p>
        <Button variant="secondary" size="small" onClick={() => setParams(all ? {} : { all: 'true' })}>
          {all ? t('funding.forOrganisation.showFitting') : t('funding.forOrganisation.showAll')}
        </Button>
      </p>
      <section className="directory__results" aria-label={title}>
        {query.isPending && <SkeletonList label={t('common.loading')} />}
        {query.isSuccess && items.length === 0 && (
          <EmptyState icon="funding" title={t('funding.forOrganisation.empty')}>
            <ButtonLink to="/funding" variant="secondary">
              {t('funding.call.back')}
            </ButtonLink>
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="directory__list eligible-list" ref={listRef}>
            {items.map((item) => (
              <li key={item.call.id} className="eligible-item">
                <Badge tone={item.eligible ? 'success' : 'warning'}>
                  {item.eligible
                    ? t('funding.forOrganisation.fits')
                    : t('funding.forOrganisation.doesNotFit')}
                </Badge>
                <FundingCallCard call={item.call} />
                <EligibilityExplanation reasons={item.reasons} failures={item.failures} />
              </li>
            ))}
          </ul>
        )}
        {query.hasNextPage && (
          <div className="directory__more">
            <LoadMoreButton
              label={t('funding.loadMore')}
              loading={query.isFetchingNextPage}
              onLoadMore={loadMore}
            />
          </div>
        )}
        {query.isFetchNextPageError && <Alert tone="error">{errorMessage(t, query.error)}</Alert>}
      </section>
    </>
  );
}
